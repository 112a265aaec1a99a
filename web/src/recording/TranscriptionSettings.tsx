// The practice's transcription engine (R30, R46, R12), on the Privacy screen of a recording
// deployment only: this module is in web/src/recording, so the no-recording build (R06) holds none
// of it. Offline pocketsphinx needs nothing; Deepgram, or an OpenAI-compatible server, needs its
// registry entry (with a signed BAA unless the server is the practice's own). The operator sets
// the addresses and keys on the server; the owner only chooses among what is configured.
import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { useApi } from '../hooks.ts';
import { useStepUp } from '../stepup.tsx';
import { Alert, Field, Loading, Notice } from '../ui.tsx';

type Engine = 'pocketsphinx' | 'deepgram' | 'openai-compatible';
interface Settings {
  provider: Engine;
  vendorId: string | null;
  available: { pocketsphinx: boolean; deepgram: boolean; openaiCompatible: { configured: boolean; model: string | null } };
  status: { ok: boolean; code: string | null; message: string | null; remote: boolean | null };
}
interface Vendor {
  id: string;
  name: string;
  category: string;
  provider: string | null;
}

const ENGINE_WORDS: Record<Engine, string> = {
  pocketsphinx: 'Offline, on this server (pocketsphinx)',
  deepgram: 'Deepgram (cloud vendor)',
  'openai-compatible': 'OpenAI-compatible server (e.g. your own Whisper server)',
};

/** `vendors`: the registry as the Privacy screen holds it, so an entry added there shows here at once. */
export default function TranscriptionSettings({ isOwner, vendors }: { isOwner: boolean; vendors: Vendor[] }) {
  const settings = useApi<Settings>('/api/practice/transcription');
  const [engine, setEngine] = useState<Engine | null>(null);
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const stepUp = useStepUp();
  if (settings.data === null) return settings.error !== null ? <Alert error={settings.error} /> : <Loading what="Loading the transcription settings" />;
  const s = settings.data;
  const chosen = engine ?? s.provider;
  const fitting = vendors.filter(
    (v) => v.category === 'transcription' && (chosen === 'deepgram' ? v.provider === 'deepgram' : v.provider === 'openai-compatible' || v.provider === 'onprem'),
  );
  const chosenVendor = chosen === 'pocketsphinx' ? null : (vendorId ?? (chosen === s.provider ? s.vendorId : null) ?? fitting[0]?.id ?? null);
  const installed = (e: Engine) => (e === 'pocketsphinx' ? s.available.pocketsphinx : e === 'deepgram' ? s.available.deepgram : s.available.openaiCompatible.configured);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    void stepUp.run(async () => {
      settings.set(await api.put<Settings>('/api/practice/transcription', { provider: chosen, vendorId: chosenVendor }));
      setSaved('Transcription settings saved.');
    });
  };

  return (
    <section className="card" aria-labelledby="transcription-title">
      <h2 id="transcription-title">Transcription of recordings</h2>
      <p>
        Now: <strong>{ENGINE_WORDS[s.provider]}</strong>
        {s.status.ok ? (s.status.remote === true ? ' — audio leaves this server for the vendor.' : ' — audio stays with the practice.') : '.'}
      </p>
      {!s.status.ok && s.status.message !== null && <p className="alert alert-error">Recording is refused until this is fixed: {s.status.message}</p>}
      {isOwner && (
        <form onSubmit={submit} aria-labelledby="transcription-choose-title">
          <h3 id="transcription-choose-title">Choose the engine</h3>
          <Field label="Transcription engine">
            {(p) => (
              <select
                {...p}
                value={chosen}
                onChange={(e) => {
                  setEngine(e.target.value as Engine);
                  setVendorId(null);
                }}
              >
                {(Object.keys(ENGINE_WORDS) as Engine[]).map((k) => (
                  <option key={k} value={k} disabled={!installed(k)}>
                    {ENGINE_WORDS[k]}
                    {installed(k) ? '' : ' — not configured on this server'}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {chosen !== 'pocketsphinx' &&
            (fitting.length === 0 ? (
              <p className="hint">Add the vendor to the subprocessor registry below first (category “transcription”), with its BAA, unless the server is your practice’s own.</p>
            ) : (
              <Field label="Registry entry">
                {(p) => (
                  <select {...p} value={chosenVendor ?? ''} onChange={(e) => setVendorId(e.target.value)}>
                    {fitting.map((v) => (
                      <option key={v.id} value={v.id}>
                        {v.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          <div className="actions">
            <button type="submit" className="primary" disabled={chosen !== 'pocketsphinx' && chosenVendor === null}>
              Save transcription settings
            </button>
          </div>
        </form>
      )}
      {stepUp.prompt}
      <Alert error={stepUp.error} />
      {saved !== null && <Notice>{saved}</Notice>}
    </section>
  );
}
