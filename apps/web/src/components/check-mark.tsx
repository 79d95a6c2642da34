/** The drawn box of a React Aria checkbox, as the rest of the app draws it. */
export function CheckMark() {
  return (
    <span className="checkbox__box" aria-hidden="true">
      <svg viewBox="0 0 18 18" className="checkbox__tick" focusable="false">
        <polyline points="3.5 9.5 7.5 13 14.5 5" />
      </svg>
    </span>
  );
}
