import type { Transporter } from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };

/** Sends e-mail; `null` when no SMTP server is configured (people are then reached in the app only). */
export type Mailer = { send(mail: Mail): Promise<void>; close(): void };

export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  let transport: Transporter | undefined;
  return {
    async send(mail) {
      // Loaded with the first message rather than at startup.
      transport ??= (await import('nodemailer')).default.createTransport(smtpUrl);
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport?.close(),
  };
}
