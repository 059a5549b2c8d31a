// The screen of a self-service endorsement machine (自助签注机), on the browser build of churujing
// (no bundler: one ES module). It reads the identity number and the permit held, and says in
// zh-CN and en whether this machine can serve the person now, what it costs and when it is ready.
//
// The library never reads the clock: the screen does, and hands the instant to the library,
// which reckons the day in Beijing time whatever the machine's time zone.
import {
  ChurujingError,
  canSelfServe,
  divisionOf,
  evaluate,
  formatCny,
  kioskPolicy,
  parseResidentId,
  policyAt,
  reasonMessage,
  toShanghaiDate,
} from '../../dist/browser/churujing.js';

/** The machine's own place (GB/T 2260), set when it is installed; `?kiosk=` for a demonstration. */
const KIOSK = new URLSearchParams(location.search).get('kiosk') ?? '440304';

const $ = (id) => document.getElementById(id);
const both = (zh, en) => `${zh} / ${en}`;

function placeName(code) {
  const d = divisionOf(code) ?? divisionOf(`${code.slice(0, 4)}00`) ?? divisionOf(`${code.slice(0, 2)}0000`);
  return d ? both(d['zh-CN'], d.en) : code;
}

/** The instant now, and the civil date in Beijing. */
function now() {
  const instant = new Date().toISOString();
  return { instant, date: toShanghaiDate(instant) };
}

function showProblem(error) {
  $('answer').hidden = true;
  $('problem').hidden = false;
  const zh = error instanceof ChurujingError ? error.messageIn('zh-CN') : String(error);
  const en = error instanceof ChurujingError ? error.messageIn('en') : String(error);
  $('problem-zh').textContent = zh;
  $('problem-en').textContent = en;
}

function check(form) {
  const { instant, date } = now();
  $('today').textContent = date;
  const id = parseResidentId(form.residentId.value.trim(), { asOf: date });
  const hukou = id.addressCode;
  const [permitOf, formOfPermit] = form.permit.value.split('-');
  const destination = form.destination.value;
  const [months, entries] = form.option.value.split(':');
  const type = form.type.value;

  // 1. Can this machine serve the person now? (the kiosk policy: only the tables the check reads)
  const view = policyAt(kioskPolicy(), date, { division: KIOSK, beyondVerified: 'flag' });
  const kiosk = canSelfServe(view, {
    kiosk: KIOSK,
    applicant: { hukou, birthDate: id.birthDate },
    permit: { form: formOfPermit },
    service: { kind: 'endorsement', endorsement: { destination, type, entries } },
  });

  // 2. What it costs and when it is ready: the whole application, as the office would take it.
  const e = evaluate({
    applicant: { residentId: id.id, hukou },
    services: [{ kind: 'endorsement', destination, type, option: { validityMonths: Number(months), entries } }],
    existingDocuments: [{ type: `${permitOf}-permit`, form: formOfPermit, issued: form.issued.value, expires: form.expires.value }],
    channel: 'kiosk',
    office: { division: KIOSK },
    materials: ['application-form', 'valid-permit', 'resident-id-card', 'applicant-presence'],
    delivery: 'collect',
    acceptedAt: instant,
  });
  const service = e.services[0];
  const granted = kiosk.ok && e.status !== 'not-eligible' && service?.eligible !== false;

  $('problem').hidden = true;
  const answer = $('answer');
  answer.hidden = false;
  answer.className = granted ? 'yes' : 'no';
  $('verdict').textContent = granted ? '可以在本机办理' : '本机不能为您办理，请到人工窗口';
  $('verdict-en').textContent = granted ? 'You can apply at this kiosk now' : 'This kiosk cannot serve you: please go to a staffed window';
  $('hukou').textContent = placeName(hukou);
  $('fee').textContent = e.fees ? both(formatCny(e.fees.totalFen, 'zh-CN'), formatCny(e.fees.totalFen, 'en', { symbol: true })) : both('费用待定', 'fee not known');
  const processing = service?.processing;
  $('ready').textContent = !granted
    ? '—'
    : kiosk.immediate
      ? both('审批通过后现场制发，立等可取', 'printed here once approved: wait and take it')
      : processing?.kind === 'due'
        ? both(`${processing.due}前办结`, `ready by ${processing.due}`)
        : both('按规定时限办结', 'within the usual time limit');

  const reasons = $('reasons');
  reasons.replaceChildren();
  const shown = granted ? kiosk.reasons : [...kiosk.reasons, ...(service?.reasons ?? [])];
  for (const r of shown) {
    const li = document.createElement('li');
    li.dataset.code = r.code;
    const zh = document.createElement('span');
    zh.textContent = r.message?.['zh-CN'] ?? reasonMessage(r, 'zh-CN');
    const en = document.createElement('span');
    en.lang = 'en';
    en.textContent = ` ${r.message?.en ?? reasonMessage(r, 'en')}`;
    li.append(zh, en);
    reasons.append(li);
  }
}

$('kiosk-place').textContent = placeName(KIOSK);
$('today').textContent = now().date;
$('ask').addEventListener('submit', (event) => {
  event.preventDefault();
  try {
    check(event.currentTarget);
  } catch (error) {
    showProblem(error);
  }
});
document.body.dataset.ready = 'true';
