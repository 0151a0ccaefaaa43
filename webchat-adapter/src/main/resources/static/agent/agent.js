/*
 * Council assistant live chat: the agent console. Vanilla ES modules, no build step.
 * The page is kept current by the server's event stream (/api/agent/events): `queue` when the queue or the
 * agent's conversations change, `message` for new messages in the agent's conversations.
 */
import { get, post, problemText } from './api.js';
import { announce, showBanner, clearBanner, showFailure } from './page.js';
import { renderQueue, startWaitTicker } from './queue.js';
import { createConversation } from './conversation.js';
import { createCallbacks } from './callbacks.js';

const RECONNECT_MS = 5000;

const state = {
  queue: { waiting: [], mine: [], openCallbacks: 0 },
  me: null, // the agent's username, learnt from the conversations they have
  waitingIds: null, // ids already seen waiting, to announce only newcomers
  unread: new Set()
};

const conversation = createConversation({ me: () => state.me, onChanged: reloadQueue });
const callbacks = createCallbacks();

function view() {
  return { openId: conversation.currentId(), unread: state.unread, onClaim: claim, onOpen: open };
}

let drawn = null;

// Redraws the lists only when something in them changed, so buttons stay put under the agent's pointer.
function drawQueue() {
  const key = JSON.stringify([state.queue.waiting, state.queue.mine, conversation.currentId(), [...state.unread]]);
  if (key === drawn) return;
  drawn = key;
  renderQueue(state.queue, view());
}

function applyQueue(queue) {
  const newcomers = state.waitingIds ? queue.waiting.filter((h) => !state.waitingIds.has(h.id)) : [];
  state.waitingIds = new Set(queue.waiting.map((h) => h.id));
  state.queue = queue;
  if (queue.mine.length) state.me = queue.mine[0].agent;
  const mine = new Set(queue.mine.map((h) => h.id));
  state.unread.forEach((id) => { if (!mine.has(id)) state.unread.delete(id); });
  drawQueue();
  callbacks.countChanged(queue.openCallbacks);
  if (newcomers.length === 1) announce('A resident is waiting' + (newcomers[0].urgent ? ', urgent' : '') + ': ' + newcomers[0].topic);
  else if (newcomers.length > 1) announce(newcomers.length + ' more residents are waiting');
  // Messages written just after a claim may not come on the stream: fetch the open conversation again.
  conversation.refresh();
}

async function reloadQueue() {
  try {
    const r = await get('/api/agent/queue');
    if (r.ok && r.data) applyQueue(r.data);
    else showBanner('error', problemText(r, 'Sorry, the queue could not be loaded. Reload the page to try again.'));
  } catch (e) {
    showFailure(e);
  }
}

async function claim(id) {
  clearBanner();
  try {
    const r = await post('/api/agent/handoffs/' + id + '/claim');
    if (r.ok && r.data) {
      state.me = r.data.handoff.agent || state.me;
      conversation.show(r.data, { focus: true });
      announce('Conversation claimed. You’re talking to the resident.');
    } else if (r.status === 409) {
      showBanner('error', 'Another adviser has already taken this conversation');
    } else {
      showBanner('error', problemText(r, 'Sorry, the conversation could not be claimed. Try again.'));
    }
  } catch (e) {
    showFailure(e);
  }
  reloadQueue();
}

function open(id) {
  clearBanner();
  state.unread.delete(id);
  conversation.open(id).then(() => drawQueue());
}

function onMessage(live) {
  if (live.handoffId === conversation.currentId()) {
    conversation.receive(live.message);
  } else if (live.message.sender === 'RESIDENT') {
    state.unread.add(live.handoffId);
    drawQueue();
    const item = state.queue.mine.find((h) => h.id === live.handoffId);
    announce('New message from a resident' + (item ? ' about ' + item.topic : '') + ' in another conversation');
  }
}

function listen() {
  const events = new EventSource('/api/agent/events');
  events.addEventListener('queue', (e) => applyQueue(JSON.parse(e.data)));
  events.addEventListener('message', (e) => onMessage(JSON.parse(e.data)));
  events.addEventListener('error', () => {
    // The browser reconnects by itself after network trouble, but not when the server refuses the stream.
    if (events.readyState !== EventSource.CLOSED) return;
    get('/api/agent/queue').then(() => setTimeout(listen, RECONNECT_MS), (e) => showFailure(e));
  });
}

document.getElementById('agent-sign-out').addEventListener('click', async () => {
  try {
    await post('/logout');
  } catch (e) {
    // Signing out ends on the login page (SignedOutError), or the server is unreachable: the login page says so.
  }
  window.location.assign('/login?logout');
});

startWaitTicker();
reloadQueue();
listen();
