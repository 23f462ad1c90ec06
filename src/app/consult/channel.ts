import { LANGUAGES } from '../../i18n/i18n';
import { CONSULT_CHANNEL, parseConsultMessage, type ConsultMessage } from './protocol';

export interface ConsultChannel {
  post(message: ConsultMessage): void;
  close(): void;
}

/**
 * The consult's BroadcastChannel, for one window. Only valid messages reach `onMessage`; the first
 * message that is not one is reported with one console.warn (later ones quietly: a page that floods the
 * channel must not flood the console too), and never names what it carried. Null where the browser has
 * no BroadcastChannel: the page then works as a single screen.
 */
export function openConsultChannel(onMessage: (message: ConsultMessage) => void): ConsultChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel(CONSULT_CHANNEL);
  let warned = false;
  const refuse = () => {
    if (warned) return;
    warned = true;
    console.warn('[ketamine-explorer] Ignored a message on the consult channel that is not one of the app\'s own.');
  };
  channel.onmessage = (event: MessageEvent) => {
    const message = parseConsultMessage(event.data, LANGUAGES);
    if (message) onMessage(message);
    else refuse();
  };
  channel.onmessageerror = refuse;
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
