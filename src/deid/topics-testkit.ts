// Shared by the topic round tests (R36): the topic a sentence is redacted as, the rule ids behind
// a topic's decision, and a benchmark topic set read as items.
import { readFileSync } from 'node:fs';
import { BUILTIN_TOPICS, detectTopics, explainTopics } from './topics.ts';

export const topicOf = (text: string, topics: readonly string[] = BUILTIN_TOPICS): string | undefined =>
  detectTopics(text, topics)[0]?.type.replace('TOPIC:', '');

/** The rule ids that matched the sentence for a topic. */
export const rulesFor = (text: string, topic: string): string[] =>
  explainTopics(text, [topic])
    .flatMap((s) => s.decisions)
    .flatMap((d) => d.cues.map((c) => c.rule));

export interface TopicItem {
  id: string;
  text: string;
  topic: string | null;
  hard_negative_for?: string;
}

/** A set of bench/deid/topics by name ("dev-batch17"). */
export const loadTopicSet = (name: string): TopicItem[] =>
  readFileSync(new URL(`../../bench/deid/topics/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TopicItem);
