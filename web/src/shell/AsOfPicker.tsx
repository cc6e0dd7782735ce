import { isoToLocalInput, localInputToIso } from '../time';
import { useView } from './context';

/** "What was in force at…": every read on every view takes this instant (Beijing time) as asOf. */
export function AsOfPicker() {
  const { asOf, setAsOf } = useView();
  return (
    <label className="as-of">
      查看时点（北京时间）
      <input
        type="datetime-local"
        aria-label="查看时点"
        value={asOf ? isoToLocalInput(asOf) : ''}
        onChange={(e) => setAsOf(localInputToIso(e.target.value))}
      />
      {asOf ? (
        <button type="button" onClick={() => setAsOf(null)}>
          回到现在
        </button>
      ) : (
        <span className="muted">现在</span>
      )}
    </label>
  );
}
