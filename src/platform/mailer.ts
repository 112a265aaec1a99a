// Outgoing mail. Messages carry links and generic words only — never a name, never PHI (R25).
// With SMTP_URL set, mail goes through nodemailer; on a laptop without it, each message is
// written to $TACET_DATA_DIR/outbox as an .eml file and its link printed to the console.
import fs from 'node:fs';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import type { Config } from '../config/config.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The one link in the message, printed to the console in outbox mode. */
  link?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

// nodemailer is loaded with the first message rather than at start-up (bench/startup.bench.ts).
type Nodemailer = typeof import('nodemailer');

export function createMailer(config: Config): Mailer {
  let transport: Promise<Transporter> | undefined;
  let opened: Transporter | undefined;
  const open = (make: (nm: Nodemailer) => Transporter): Promise<Transporter> =>
    (transport ??= import('nodemailer').then((nm) => (opened = make(nm))));
  const close = () => opened?.close();
  if (config.SMTP_URL !== undefined) {
    const url = config.SMTP_URL;
    return {
      async send(m) {
        await (await open((nm) => nm.createTransport(url))).sendMail({ from: config.MAIL_FROM, to: m.to, subject: m.subject, text: m.text });
      },
      close,
    };
  }
  const outbox = path.join(config.dataDir, 'outbox');
  return {
    async send(m) {
      const t = await open((nm) => nm.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }));
      const info = await t.sendMail({ from: config.MAIL_FROM, to: m.to, subject: m.subject, text: m.text });
      fs.mkdirSync(outbox, { recursive: true, mode: 0o700 });
      const file = path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId).replace(/[^A-Za-z0-9]/g, '').slice(0, 12)}.eml`);
      fs.writeFileSync(file, info.message as Buffer, { mode: 0o600 });
      // No SMTP on this laptop: the person at the console is the person signing in.
      process.stdout.write(`\n[tacet] No SMTP configured. Email "${m.subject}" saved to ${file}${m.link !== undefined ? `\n[tacet] Open: ${m.link}` : ''}\n\n`);
    },
    close,
  };
}
