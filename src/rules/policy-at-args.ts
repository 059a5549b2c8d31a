/**
 * The argument checks of `policyAt` and of a view's methods: each problem is a `ValidationError`
 * (every problem at once, for `policyAt`).
 *
 * @module
 */
import { parseCivilDate } from './civil-date.js';
import { compileKnownPolicy } from './compile-policy.js';
import { prefectureCodeOf } from './divisions.js';
import { ChurujingError, type Issue, ValidationError, showValue } from './errors.js';

/** A table as the view reads it: its id, or a spec with that id; anything else is a `ValidationError`. */
export function tableId(spec: unknown, method: string): string {
  const id = typeof spec === 'string' ? spec : spec !== null && typeof spec === 'object' ? (spec as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id.length > 0 && id.length <= 200) return id;
  const messages = { 'zh-CN': `${method}需要表的id或表规格，收到${showValue(spec)}`, en: `${method} needs a table id or a table spec, got ${showValue(spec)}` };
  throw new ValidationError({ 'zh-CN': '表规格无效', en: 'Invalid table spec' }, [{ path: ['spec'], code: 'invalid-spec', message: messages.en, messages }]);
}

export function memberArgument(member: unknown): string {
  if (typeof member === 'string') return member;
  const messages = { 'zh-CN': `成员应为字符串，收到${showValue(member)}`, en: `a member is a string, got ${showValue(member)}` };
  throw new ValidationError({ 'zh-CN': '成员无效', en: 'Invalid member' }, [{ path: ['member'], code: 'invalid-member', message: messages.en, messages }]);
}

export function memoArguments(key: unknown, compute: unknown): void {
  const keyOk = typeof key === 'string' || (Array.isArray(key) && key.length <= 64);
  if (keyOk && typeof compute === 'function') return;
  const issues = [];
  if (!keyOk) issues.push({ path: ['key'], code: 'invalid-key', message: `a memo key is a string or an array of parts, got ${showValue(key)}` });
  if (typeof compute !== 'function') issues.push({ path: ['compute'], code: 'invalid-compute', message: `compute is a function, got ${showValue(compute)}` });
  throw new ValidationError('Invalid memo arguments', issues);
}

/** Problems with `policyAt`'s options (cheap: the hot path passes `undefined` or a small object). */
export function optionIssues(options: unknown): Issue[] {
  if (options === undefined) return [];
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    return [{ path: ['options'], code: 'invalid_type', message: `expected an options object { division?, beyondVerified? }, got ${showValue(options)}` }];
  }
  const issues: Issue[] = [];
  for (const k of Object.keys(options)) if (k !== 'division' && k !== 'beyondVerified') issues.push({ path: ['options', k], code: 'unknown-option', message: `unknown option ${showValue(k)}` });
  const { division, beyondVerified } = options as { division?: unknown; beyondVerified?: unknown };
  if (division !== undefined && typeof division !== 'string') issues.push({ path: ['options', 'division'], code: 'invalid_type', message: `expected a GB/T 2260 code, got ${showValue(division)}` });
  if (beyondVerified !== undefined && beyondVerified !== 'error' && beyondVerified !== 'flag') {
    issues.push({ path: ['options', 'beyondVerified'], code: 'invalid_value', message: `expected 'error' or 'flag', got ${showValue(beyondVerified)}` });
  }
  return issues;
}

/**
 * Every problem with `policyAt`'s arguments at once (the slow path, taken only when one is
 * wrong); `checkPolicy` throws what is wrong with the policy (the root's compiles it, the kiosk
 * entry's asks that it be one the package knows).
 */
export function argumentProblems(policy: unknown, date: unknown, options: unknown, checkPolicy: (policy: unknown) => unknown): never {
  const errors: ChurujingError[] = [];
  const attempt = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof ChurujingError)) throw e;
      errors.push(e);
    }
  };
  attempt(() => parseCivilDate(date as string, ['date']));
  const issues = optionIssues(options);
  const division = issues.length === 0 ? (options as { division?: string } | undefined)?.division : undefined;
  if (division !== undefined) attempt(() => prefectureCodeOf(division, ['options', 'division']));
  attempt(() => checkPolicy(policy));
  if (errors.length === 1 && issues.length === 0) throw errors[0];
  throw new ValidationError({ 'zh-CN': 'policyAt参数无效', en: 'Invalid policyAt arguments' }, [...errors.flatMap((e) => e.issues), ...issues]);
}

/**
 * The policy check of the kiosk entry's `policyAt`: a policy the package does not know is
 * refused with a message saying how to validate it (the kiosk entry carries no policy schema).
 */
export function requireKnownPolicy(policy: unknown): void {
  if (compileKnownPolicy(policy) !== undefined) return;
  const messages = {
    'zh-CN': `自助设备入口只解析本库构建或校验过的政策（kioskPolicy()、defaultPolicy()、churujing的parsePolicy或validatePolicy的结果），收到${showValue(policy)}`,
    en: `the kiosk entry resolves only policies the package built or validated (kioskPolicy(), defaultPolicy(), or a policy from parsePolicy or validatePolicy of 'churujing'), got ${showValue(policy)}`,
  };
  throw new ValidationError({ 'zh-CN': '政策未经校验', en: 'Policy not validated' }, [{ path: ['policy'], code: 'unknown-policy', message: messages.en, messages }]);
}
