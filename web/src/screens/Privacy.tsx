// Practice privacy settings: redaction toggles and topics (R35–R37), AI drafting on or off for
// the whole practice and through which provider (R42, R27), and the subprocessor registry with
// each vendor's BAA status (R12). The server refuses to turn AI on through a vendor whose BAA is
// not signed or who keeps or trains on data; its message is shown as is.
// A self-hosted model server (on-premises: llama.cpp, Ollama or vLLM on the practice's own
// network) is set up by the operator in the server's configuration, never by an address typed
// here; this screen says whether there is one, and the practice chooses whether to use it.
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useConfirm } from '../confirm.tsx';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import { useSession } from '../session.tsx';
import { useStepUp } from '../stepup.tsx';
import { Alert, Field, Loading, Page } from '../ui.tsx';

type Topic = 'immigration' | 'sexual' | 'abuse';
interface PrivacySettings {
  aiEnabled: boolean;
  aiProvider: 'local' | 'anthropic' | 'openai' | 'onprem';
  aiVendorId: string | null;
  /** Read-only: the operator's model server on the practice network, if any. */
  onPremises?: { configured: boolean; model: string | null };
  redactTranscripts: boolean;
  activeTopics: Topic[];
  customTopics: { name: string; phrases: string[]; patterns: string[] }[];
}
type BaaStatus = 'signed' | 'pending' | 'none';
interface Vendor {
  id: string;
  name: string;
  category: string;
  provider: string | null;
  kind: 'vendor' | 'on_premises';
  purpose: string;
  dataCategories: string[];
  baaStatus: BaaStatus;
  baaSignedOn: string | null;
  zeroRetention: boolean;
  noTraining: boolean;
}

const TOPICS: { value: Topic; label: string }[] = [
  { value: 'immigration', label: 'Immigration status' },
  { value: 'sexual', label: 'Explicit sexual content' },
  { value: 'abuse', label: 'Abuse' },
];
const CATEGORIES = ['ai', 'transcription', 'email', 'database_host', 'storage', 'analytics', 'other'] as const;
const BAA_LABEL: Record<BaaStatus, string> = { signed: 'Signed', pending: 'Pending', none: 'None' };

// The transcription engine's card exists only in builds with recording (R06: the no-recording
// build sets __TACET_RECORDING__ false and drops this import), shown when the server records.
const TranscriptionSettings = __TACET_RECORDING__ ? lazy(() => import('../recording/TranscriptionSettings.tsx')) : null;

export default function Privacy() {
  const { session } = useSession();
  const isOwner = session?.roles.includes('owner') === true;
  const vendors = useApi<{ subprocessors: Vendor[] }>('/api/practice/subprocessors');
  const deployment = useApi<{ recording: boolean }>(TranscriptionSettings !== null ? '/api/health' : null);
  return (
    <Page title="Privacy" lead="What is redacted, whether AI drafting is allowed, and every vendor that could touch practice data.">
      <SettingsCard isOwner={isOwner} vendors={vendors.data?.subprocessors ?? []} />
      {TranscriptionSettings !== null && deployment.data?.recording === true && (
        <Suspense fallback={<Loading />}>
          <TranscriptionSettings isOwner={isOwner} vendors={vendors.data?.subprocessors ?? []} />
        </Suspense>
      )}
      <section className="card" aria-labelledby="vendors-title">
        <h2 id="vendors-title">Subprocessors</h2>
        <p className="hint">A feature that sends data to a vendor stays off until that vendor’s BAA is signed and recorded here. Your own on-premises model server needs none.</p>
        {vendors.error !== null && <Alert error={vendors.error} />}
        {vendors.data === null ? <Loading /> : <VendorTable vendors={vendors.data.subprocessors} isOwner={isOwner} onChange={() => void vendors.reload()} />}
        {isOwner && <VendorForm onSaved={() => void vendors.reload()} />}
      </section>
    </Page>
  );
}

function SettingsCard({ isOwner, vendors }: { isOwner: boolean; vendors: Vendor[] }) {
  const settings = useApi<PrivacySettings>('/api/practice/settings');
  const [draft, setDraft] = useState<PrivacySettings | null>(null);
  const [customName, setCustomName] = useState('');
  const [customPhrases, setCustomPhrases] = useState('');
  const [saved, setSaved] = useState(false);
  const stepUp = useStepUp();
  if (settings.error !== null) return <Alert error={settings.error} />;
  if (settings.data === null) return <Loading />;
  const s = draft ?? settings.data;
  const edit = (patch: Partial<PrivacySettings>) => {
    setSaved(false);
    setDraft({ ...s, ...patch });
  };
  const aiVendors = vendors.filter((v) => v.category === 'ai' && v.provider === s.aiProvider);

  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const { onPremises: _readOnly, ...body }: PrivacySettings = { ...s };
    if (customName.trim() !== '') {
      body.customTopics = [
        ...s.customTopics,
        { name: customName.trim().toLowerCase(), phrases: customPhrases.split(',').map((p) => p.trim()).filter((p) => p.length >= 2), patterns: [] },
      ];
    }
    void stepUp.run(async () => {
      settings.set(await api.put<PrivacySettings>('/api/practice/settings', body));
      setDraft(null);
      setCustomName('');
      setCustomPhrases('');
      setSaved(true);
    });
  };

  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Redaction and AI</h2>
      {!isOwner && <p className="hint">Only the practice owner can change these settings.</p>}
      <form onSubmit={save}>
        <fieldset disabled={!isOwner}>
          <legend>Redaction</legend>
          <div className="check">
            <input id="redact" type="checkbox" checked={s.redactTranscripts} onChange={(e) => edit({ redactTranscripts: e.target.checked })} />
            <label htmlFor="redact">Remove the 18 HIPAA identifiers from transcripts automatically</label>
          </div>
          <p className="hint">Sensitive topics to redact as well:</p>
          {TOPICS.map((t) => (
            <div className="check" key={t.value}>
              <input
                id={`topic-${t.value}`}
                type="checkbox"
                checked={s.activeTopics.includes(t.value)}
                onChange={(e) => edit({ activeTopics: e.target.checked ? [...s.activeTopics, t.value] : s.activeTopics.filter((x) => x !== t.value) })}
              />
              <label htmlFor={`topic-${t.value}`}>{t.label}</label>
            </div>
          ))}
          {s.customTopics.length > 0 && (
            <ul className="plain-list">
              {s.customTopics.map((t) => (
                <li key={t.name}>
                  <strong>{t.name}</strong> <span className="muted">{t.phrases.join(', ')}</span>{' '}
                  <button type="button" className="small" onClick={() => edit({ customTopics: s.customTopics.filter((x) => x.name !== t.name) })}>
                    Remove<span className="visually-hidden"> topic {t.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <Field label="New topic of your own" hint="A short lower-case name, e.g. religion.">
              {(p) => <input {...p} value={customName} onChange={(e) => setCustomName(e.target.value)} />}
            </Field>
            <Field label="Its phrases" hint="Separated by commas.">
              {(p) => <input {...p} value={customPhrases} onChange={(e) => setCustomPhrases(e.target.value)} />}
            </Field>
          </div>
        </fieldset>
        <fieldset disabled={!isOwner}>
          <legend>AI drafting for the whole practice</legend>
          <div className="check">
            <input id="ai-on" type="checkbox" checked={s.aiEnabled} onChange={(e) => edit({ aiEnabled: e.target.checked })} aria-describedby="ai-practice-hint" />
            <label htmlFor="ai-on">Allow AI drafting</label>
          </div>
          <p className="hint" id="ai-practice-hint">
            When off, no text of any client reaches an AI provider. Each client can also be excluded on their own page.
          </p>
          <div className="row">
            <Field label="Provider">
              {(p) => (
                <select {...p} value={s.aiProvider} onChange={(e) => edit({ aiProvider: e.target.value as PrivacySettings['aiProvider'], aiVendorId: null })}>
                  <option value="local">Local model (nothing leaves this server)</option>
                  <option value="anthropic">Anthropic</option>
                  <option value="openai">OpenAI</option>
                  <option value="onprem">Your own model server (on-premises)</option>
                </select>
              )}
            </Field>
            {s.aiProvider !== 'local' && (
              <Field label="Vendor in the registry">
                {(p) => (
                  <select {...p} value={s.aiVendorId ?? ''} onChange={(e) => edit({ aiVendorId: e.target.value === '' ? null : e.target.value })}>
                    <option value="">Choose…</option>
                    {aiVendors.map((v) => (
                      <option key={v.id} value={v.id}>
                        {v.name} {v.kind === 'on_premises' ? '(on-premises)' : `(BAA: ${BAA_LABEL[v.baaStatus]})`}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
          <OnPremisesHint state={s.onPremises ?? settings.data.onPremises} chosen={s.aiProvider === 'onprem'} />
        </fieldset>
        {isOwner && <button type="submit">Save privacy settings</button>}
      </form>
      {stepUp.prompt}
      <Alert error={stepUp.error} />
      {saved && (
        <p role="status" className="status-ok">
          Privacy settings saved.
        </p>
      )}
    </section>
  );
}

/** What the on-premises choice means, and whether this installation has such a server. */
function OnPremisesHint({ state, chosen }: { state: PrivacySettings['onPremises']; chosen: boolean }) {
  const configured = state?.configured === true;
  return (
    <div className="hint" id="onprem-hint">
      <p>
        <strong>Your own model server (on-premises).</strong> A language model that runs on your practice’s own hardware (llama.cpp, Ollama or vLLM) and
        speaks the OpenAI-compatible API. Your administrator sets its address in the server’s configuration; it cannot be typed in here. Text sent to it stays
        with your practice, so no business associate agreement is needed — record it in the registry below as an AI entry of provider “Own model server”.
        Names are still replaced before sending, and each client’s AI switch still applies.
      </p>
      <p role={chosen && !configured ? 'alert' : undefined}>
        {configured
          ? `This installation has one: model ${state?.model ?? 'unnamed'}.`
          : 'This installation has none configured; choosing it will be refused until your administrator sets one up.'}
      </p>
    </div>
  );
}

function VendorTable({ vendors, isOwner, onChange }: { vendors: Vendor[]; isOwner: boolean; onChange: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const { dialog, ask } = useConfirm();
  const remove = async (v: Vendor) => {
    if (!(await ask({ title: `Remove ${v.name} from the registry?`, body: 'The registry keeps no copy of it. A vendor the practice uses for AI cannot be removed until AI is switched to another provider.', confirm: 'Remove vendor', danger: true }))) return;
    setError(null);
    try {
      await api.del(`/api/practice/subprocessors/${v.id}`);
      onChange();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  if (vendors.length === 0) return <p className="muted">No vendors recorded.</p>;
  return (
    <>
      {dialog}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Vendor</th>
            <th scope="col">Purpose</th>
            <th scope="col">BAA</th>
            <th scope="col">Retention and training</th>
            {isOwner && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {vendors.map((v) => (
            <tr key={v.id}>
              <td>
                {v.name}
                <br />
                <span className="muted">{v.category.replace('_', ' ')}</span>
              </td>
              <td>{v.purpose}</td>
              {v.kind === 'on_premises' ? (
                <>
                  <td>
                    <span className="badge badge-calm">Not needed: on-premises</span>
                  </td>
                  <td>Stays on your practice’s hardware</td>
                </>
              ) : (
                <>
                  <td>
                    <span className={`badge ${v.baaStatus === 'signed' ? 'badge-signed' : 'badge-gap'}`}>{BAA_LABEL[v.baaStatus]}</span>
                    {v.baaSignedOn !== null && <span className="muted"> {v.baaSignedOn}</span>}
                  </td>
                  <td>
                    {v.zeroRetention ? 'Zero retention' : 'Retains data'}; {v.noTraining ? 'no training' : 'may train'}
                  </td>
                </>
              )}
              {isOwner && (
                <td>
                  <button type="button" className="small" onClick={() => void remove(v)}>
                    Remove<span className="visually-hidden"> {v.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Alert error={error} />
    </>
  );
}

function VendorForm({ onSaved }: { onSaved: () => void }) {
  const empty = { name: '', category: 'ai', provider: 'anthropic', purpose: '', baaStatus: 'pending' as BaaStatus, baaSignedOn: '', zeroRetention: false, noTraining: false };
  const [f, setF] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  // The practice's own model server is no business associate: no BAA, nothing retained elsewhere.
  const onprem = (f.category === 'ai' || f.category === 'transcription') && f.provider === 'onprem';
  // AI and transcription vendors name their provider; other categories have none.
  const hasProvider = f.category === 'ai' || f.category === 'transcription';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.post('/api/practice/subprocessors', {
        name: f.name,
        category: f.category,
        provider: hasProvider ? f.provider : null,
        purpose: f.purpose,
        baaStatus: onprem ? 'none' : f.baaStatus,
        baaSignedOn: !onprem && f.baaStatus === 'signed' ? f.baaSignedOn : null,
        zeroRetention: onprem || f.zeroRetention,
        noTraining: onprem || f.noTraining,
      });
      setF(empty);
      onSaved();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <form className="subform" onSubmit={(e) => void submit(e)} aria-labelledby="add-vendor-title">
      <h3 id="add-vendor-title">Add a vendor</h3>
      <div className="row">
        <Field label="Vendor name">{(p) => <input {...p} required value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />}</Field>
        <Field label="Category">
          {(p) => (
            <select {...p} value={f.category} onChange={(e) => setF({ ...f, category: e.target.value, provider: e.target.value === 'transcription' ? 'deepgram' : 'anthropic' })}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {c.replace('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        {f.category === 'ai' && (
          <Field label="AI provider">
            {(p) => (
              <select {...p} value={f.provider} onChange={(e) => setF({ ...f, provider: e.target.value })}>
                <option value="anthropic">Anthropic</option>
                <option value="openai">OpenAI</option>
                <option value="onprem">Own model server (on-premises)</option>
              </select>
            )}
          </Field>
        )}
        {f.category === 'transcription' && (
          <Field label="Transcription provider">
            {(p) => (
              <select {...p} value={f.provider} onChange={(e) => setF({ ...f, provider: e.target.value })}>
                <option value="deepgram">Deepgram</option>
                <option value="openai-compatible">OpenAI-compatible service (hosted)</option>
                <option value="onprem">Own transcription server (on-premises)</option>
              </select>
            )}
          </Field>
        )}
      </div>
      <Field label="Purpose">{(p) => <input {...p} required value={f.purpose} onChange={(e) => setF({ ...f, purpose: e.target.value })} />}</Field>
      {onprem ? (
        <p className="hint">No BAA is needed: the server is your practice’s own, and the data stays with you.</p>
      ) : (
        <>
          <div className="row">
            <Field label="BAA status">
              {(p) => (
                <select {...p} value={f.baaStatus} onChange={(e) => setF({ ...f, baaStatus: e.target.value as BaaStatus })}>
                  <option value="signed">Signed</option>
                  <option value="pending">Pending</option>
                  <option value="none">None</option>
                </select>
              )}
            </Field>
            {f.baaStatus === 'signed' && (
              <Field label="BAA signed on">{(p) => <input {...p} type="date" required value={f.baaSignedOn} onChange={(e) => setF({ ...f, baaSignedOn: e.target.value })} />}</Field>
            )}
          </div>
          <div className="check">
            <input id="v-zdr" type="checkbox" checked={f.zeroRetention} onChange={(e) => setF({ ...f, zeroRetention: e.target.checked })} />
            <label htmlFor="v-zdr">Zero data retention</label>
          </div>
          <div className="check">
            <input id="v-nt" type="checkbox" checked={f.noTraining} onChange={(e) => setF({ ...f, noTraining: e.target.checked })} />
            <label htmlFor="v-nt">No training on customer data</label>
          </div>
        </>
      )}
      <Alert error={error} />
      <button type="submit">Add vendor</button>
    </form>
  );
}
