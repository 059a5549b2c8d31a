/**
 * Valid arguments for the exported functions, the starting points the robustness suite edits
 * (a field dropped, one added, a value replaced by a hostile one). Built from a module instance
 * (`api`), so that the same recipe gives the same call in a fresh instance or a child process.
 * A function without seeds still gets hostile arguments: every export is called.
 */
import { ID_NUMBERS, Opaque } from './hostile.js';

// The suite reaches the API through the namespace object; names come and go, so no static types here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Api = any;

const cite = { issuer: 'what-if', title: 'generated' };
const ID = ID_NUMBERS[0] as string;

/** A small policy over built-in tables: cheap to validate, so the policy functions can be called often. */
export function smallPolicy(): Record<string, unknown> {
  return {
    schema: 'churujing.policy/1',
    id: 'small',
    national: {
      'fee.passport.issue': {
        kind: 'value',
        verifiedThrough: '2025-12-31',
        entries: [
          { from: '2005-01-01', to: '2017-06-30', value: 20000, cite: { issuer: '国家发展改革委', title: 'A' } },
          { from: '2017-07-01', to: '2019-06-30', value: 16000, cite: { issuer: '国家发展改革委', title: 'B' } },
          { from: '2019-07-01', value: 12000, cite: { issuer: '国家发展改革委', title: 'C' } },
        ],
      },
      'endorsement.hkmo.G.cities': {
        kind: 'set',
        verifiedThrough: '2025-12-31',
        members: [
          { member: '440300', from: '2003-09-01', cite },
          { member: '610100', from: '2024-03-06', cite },
        ],
      },
    },
    local: {
      '230100': { tables: { 'fee.passport.issue': { kind: 'value', verifiedThrough: '2025-12-31', entries: [{ from: '2014-04-01', to: '2014-12-31', value: 0, cite }] } } },
    },
    changes: [],
  };
}

const setFee = { op: 'set', table: 'fee.passport.issue', from: '2026-01-01', value: 6000, cite };
const addCity = { op: 'add-member', table: 'endorsement.hkmo.G.cities', member: '320300', from: '2025-01-01', cite };

const rule = { unit: 'working-days', count: 7, cutoff: '17:00' };
const catalogue = { 'x.days': { params: ['n'], 'zh-CN': '{n}天', en: '{n} days' }, 'x.none': { params: [], 'zh-CN': '无', en: 'none' } };
const selfServe = {
  kiosk: '440304',
  applicant: { hukou: '610112', residencePermit: { division: '440304', validFrom: '2023-01-01', validTo: '2026-12-31' } },
  permit: { form: 'card' },
  service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } },
};
const endorsementRequest = {
  applicant: { hukou: '440106', residencePermit: { division: '440304', validFrom: '2024-01-01', validTo: '2026-12-31' } },
  permit: { type: 'hkmo', form: 'card', expiry: '2033-01-01' },
  destination: 'hong-kong',
  type: 'G',
  date: '2024-12-01',
  division: '440304',
};
const feeInput = {
  items: [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'single' }],
  acceptedOn: '2019-07-01T09:30:00+08:00',
  division: '510100',
  delivery: 'post',
};
const schedule = {
  year: 2027,
  notice: { issuer: '国务院办公厅', title: '国务院办公厅关于2027年部分节假日安排的通知' },
  holidays: [{ name: 'spring-festival', offDays: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'], workDays: ['2027-02-06'] }],
};
const issues = [{ path: ['a', 0], code: 'x', message: `bad ${ID}` }];

/** Valid argument lists per exported name (for classes: constructor arguments). */
export function seedsOf(api: Api): Readonly<Record<string, readonly (readonly unknown[])[]>> {
  const policy = new Opaque(api.defaultPolicy());
  const view = (date: string, division?: string) => new Opaque(api.policyAt(api.defaultPolicy(), date, division === undefined ? {} : { division }));
  const cal = new Opaque(api.defaultCalendar());
  const chengdu = view('2019-06-03', '510104');
  const checklist = api.materialsChecklist({
    view: chengdu.value,
    services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'T' }],
    applicant: { ageOnAcceptance: 40, route: 'hukou-place' },
    presented: ['application-form', 'valid-permit', 'relative-hkmo-id'],
  });
  const valueSpec = { kind: 'value', id: 'fee.passport.issue', label: { 'zh-CN': '费', en: 'fee' }, value: new Opaque(api.citationSchema), continuous: true, local: true };
  const setSpec = { kind: 'set', id: 'endorsement.hkmo.G.cities', label: { 'zh-CN': '城市', en: 'cities' }, member: new Opaque(api.citationSchema), local: true };
  return {
    // the policy core
    policyAt: [
      [policy, '2019-07-01', { division: '510104' }],
      [policy, '2025-01-24'],
      [smallPolicy(), '2014-06-01', { division: '230102', beyondVerified: 'flag' }],
    ],
    validatePolicy: [[smallPolicy()], [{ ...smallPolicy(), changes: [setFee, addCity] }]],
    validatePolicyWith: [[smallPolicy(), new Opaque(api.BUILTIN_TABLES ?? [])]],
    parsePolicy: [[smallPolicy(), new Opaque(api.BUILTIN_TABLES ?? [])]],
    withChanges: [
      [smallPolicy(), [setFee, addCity]],
      [policy, [setFee]],
    ],
    withChangesUsing: [[smallPolicy(), [setFee], new Opaque(api.BUILTIN_TABLES ?? [])]],
    revertChanges: [[{ ...smallPolicy(), changes: [setFee, addCity] }, [addCity]]],
    materialize: [[{ ...smallPolicy(), changes: [setFee, addCity] }]],
    policyJsonSchema: [[]],
    defaultPolicy: [[]],
    reasonMessage: [
      [{ code: 'fee.exemption.disabled', params: {} }, 'en'],
      [{ code: 'document.validity.expiry', params: { issued: '2025-01-24', expiry: '2035-01-23' } }, 'zh-CN'],
    ],
    renderReason: [[{ code: 'x.days', params: { n: 7 } }, 'en', catalogue]],
    catalogueProblems: [[catalogue], [new Opaque(api.REASONS ?? {})]],
    defineReasons: [[catalogue]],
    defineValueTable: [[{ id: 'x.fee', label: { 'zh-CN': '费', en: 'fee' }, value: new Opaque(api.citationSchema) }]],
    defineSetTable: [[{ id: 'x.cities', label: { 'zh-CN': '城市', en: 'cities' } }]],
    valueEntrySchema: [[new Opaque(api.citationSchema)]],
    showValue: [[ID], ['2024-2-3'], [{}]],
    // dates and periods
    periodOf: [[{ start: 19000, end: 19010 }]],
    spanOf: [[{ from: '2024-01-01', to: '2024-12-31' }], [{ from: '2024-01-01' }]],
    showPeriod: [[{ from: '2024-01-01', to: '2024-12-31' }, 'zh-CN']],
    isCivilDate: [['2024-02-29']],
    isDateOrInstant: [['2025-01-24T10:00:00+08:00']],
    toShanghaiDate: [['2025-01-24T23:30:00-08:00']],
    toShanghaiTime: [['2025-01-24T10:00:00+08:00']],
    // the calendar
    isWorkingDay: [['2025-01-26'], ['2025-01-26', cal]],
    addWorkingDays: [['2025-01-24', 7], ['2025-01-24', -3, cal]],
    workingDaysBetween: [['2025-01-24', '2025-02-10']],
    nextWorkingDay: [['2025-01-28']],
    previousWorkingDay: [['2025-02-05', cal]],
    describeDay: [['2025-10-06']],
    calendarCoverage: [[], [cal]],
    defaultCalendar: [[]],
    extendCalendar: [[cal, schedule]],
    computeDeadline: [[{ start: '2025-01-24T16:45:00+08:00', rule }], [{ start: '2025-01-24', rule: { unit: 'calendar-days', count: 15 } }]],
    deadlineStatus: [['2025-02-10', '2025-02-07', { warnWithinWorkingDays: 2 }]],
    processingDeadline: [
      [{ view: view('2018-09-01', '110105'), service: { kind: 'passport' }, route: 'hukou-place', acceptedAt: '2018-09-01' }],
      [{ view: view('2025-01-24', '510100'), service: { kind: 'hkmo-permit' }, route: 'in-province', channel: 'hall-window', acceptedAt: '2025-01-24T10:00:00+08:00' }],
    ],
    // fees
    quoteFees: [[feeInput], [feeInput, { policy, beyondVerified: 'flag' }]],
    quoteFeesAt: [[view('2019-07-01', '510100'), { items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100' }]],
    fen: [[12000]],
    yuan: [[120]],
    sumFen: [[[100, 200]]],
    formatCny: [[12050, 'zh-CN'], [12050, 'en', { symbol: true }]],
    feeLabel: [['passport.issue']],
    hkmoEndorsementBand: [[12, 'multi']],
    // documents and endorsements
    validityFor: [[{ view: view('2025-06-01'), type: 'passport', birthDate: '2009-06-01', acceptedOn: '2025-06-01' }]],
    fingerprintsFor: [[{ view: view('2012-05-15'), type: 'passport', birthDate: '1990-01-01', acceptedOn: '2012-05-15' }]],
    documentRefusals: [[{ view: view('2025-01-24'), type: 'passport', flags: { criminalSuspect: true } }]],
    exitBans: [[{ view: view('2013-06-30'), flags: { reeducationThroughLabour: true } }]],
    documentFormAt: [[view('2014-05-20', '440100'), 'hkmo-permit']],
    renewalGrounds: [[view('2010-01-01'), 'passport']],
    replacementGrounds: [[view('2010-01-01'), 'passport']],
    expiryDate: [['2016-02-29', 10], ['2025-11-30', { months: 3 }]],
    ageOn: [['2008-02-29', '2025-02-28']],
    isSixteenOrOver: [['2009-06-01', '2025-06-01']],
    lastDayOfPeriod: [['2024-08-31', 6]],
    isDocumentType: [['passport']],
    documentReason: [['document.validity.expiry', { issued: '2025-01-24', expiry: '2035-01-23' }]],
    endorsementOptions: [[endorsementRequest], [endorsementRequest, { policy }]],
    endorsementEndDate: [['2024-01-31', { months: 1 }], ['2024-12-01', { years: 1 }]],
    isTypeOfDestination: [['F', 'taiwan']],
    // eligibility
    evaluate: [[new Opaque(api.SAMPLE_APPLICATION)], [api.SAMPLE_APPLICATION, { asOf: '2025-01-24' }], [api.SAMPLE_APPLICATION, { policy, deferredOptIn: false }]],
    parseApplication: [[api.SAMPLE_APPLICATION]],
    applicationJsonSchema: [[]],
    toEndorsementApplicant: [[api.parseApplication(api.SAMPLE_APPLICATION)]],
    parseResidentId: [[ID], [ID_NUMBERS[1], { statedBirthDate: '1949-12-31' }]],
    isValidResidentId: [[ID]],
    computeResidentIdCheckCharacter: [[ID.slice(0, 17)]],
    materialsChecklist: [
      [
        {
          view: view('2015-12-27', '510100'),
          services: [{ kind: 'document', document: 'passport', action: 'renewal', ground: 'validity-expiring' }],
          applicant: { ageOnAcceptance: 40, route: 'hukou-place' },
          presented: ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence', 'old-passport'],
        },
      ],
    ],
    acceptanceDecision: [[{ view: chengdu, checklist, optIn: true }]],
    applicationPlace: [[{ view: view('2019-04-01', '110105'), applicant: { hukou: '510104' }, service: { kind: 'document', document: 'passport', action: 'first-issue' }, office: '110105' }]],
    channelAllowed: [
      [
        {
          view: view('2024-05-06', '510104'),
          channel: 'online',
          service: { kind: 'document', document: 'passport', action: 'renewal' },
          applicant: { hukou: '510104', birthDate: '1990-01-01' },
          priorDocumentValid: true,
        },
      ],
    ],
    canSelfServe: [[view('2024-05-06', '440304'), selfServe]],
    canSelfServeValidated: [[view('2024-05-06', '440304'), selfServe]],
    isMaterialId: [['photo-capture']],
    // the kiosk entry
    kioskPolicy: [[]],
    kioskMessage: [
      [{ code: 'kiosk.card-required', params: {} }, 'en'],
      [{ code: 'kiosk.option-not-granted', params: { entries: 'multi', regime: '—' } }, 'zh-CN'],
    ],
    // the testing entry (a made-up number unlike the suite's identity numbers, so that it is never one handed in)
    applicationArbitrary: [[], [{ from: '2025-01-01', to: '2025-12-31', officesUnder: '5101', services: ['passport', 'hong-kong:G'], age: { min: 16, max: 60 }, flags: true, time: 'office-hours' }]],
    changeSetArbitrary: [[smallPolicy(), { tables: ['fee.'], ops: ['set'], from: '2026-01-01', maxChanges: 2 }], [smallPolicy()]],
    civilDateArbitrary: [[], [{ from: '2019-01-01', to: '2019-12-31', near: ['2019-07-01'] }]],
    divisionArbitrary: [[{ level: 'prefecture', under: '23' }], [{ level: 'county', under: '5101', on: '2010-06-01' }], [{ codes: ['510104', '440304'] }]],
    makeResidentId: [[{ address: '440304', birthDate: '2001-02-03', sex: 'female', sequence: 7 }]],
    // divisions
    divisionOf: [['510100']],
    isDivisionCode: [['440300']],
    listDivisions: [[], ['province']],
    prefectureCodeOf: [['510104']],
    provinceCodeOf: [['510104']],
    // errors (constructors)
    ChurujingError: [['x', 'Title', issues], ['x', { 'zh-CN': '标题', en: 'Title' }, issues, 'zh-CN']],
    ValidationError: [['Title', issues]],
    InvalidDateError: [['Title', issues]],
    PolicyValidationError: [[issues]],
    UnknownTableError: [['x.y', 'not in this policy']],
    UnverifiedDateError: [['x.y', '2025-12-31', '2026-01-01']],
    UnknownDivisionError: [['999999']],
    CalendarRangeError: [['2030-01-01', '2004-01-01', '2026-12-31']],
    CalendarScheduleError: [[issues]],
    InvalidResidentIdError: [[ID, issues, []]],
    // methods of values the API hands out (`this` first)
    'PolicyView#value': [[view('2019-07-01', '510104'), valueSpec]],
    'PolicyView#has': [[view('2024-03-06'), setSpec, '610100']],
    'PolicyView#member': [[view('2024-03-06', '440300'), setSpec, '610100']],
    'PolicyView#members': [[view('2024-03-06'), setSpec]],
    'PolicyView#at': [[view('2024-03-06', '440300'), '510104']],
    'ChurujingError#messageIn': [[new Opaque(new api.ValidationError('Title', issues)), 'zh-CN']],
  };
}
