/** Today and the start of this year as Asia/Shanghai's calendar has them ('YYYY-MM-DD'). */
const shanghaiDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export const today = (): string => shanghaiDay.format(new Date());
export const startOfYear = (): string => `${today().slice(0, 4)}-01-01`;
