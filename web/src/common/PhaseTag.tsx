import { PHASE_LABEL } from '../labels';

/** The version's phase, and the "under review" mark agents must see while it stays in force. */
export function PhaseTag({ phase, underReview }: { phase?: string | null; underReview?: boolean | null }) {
  return (
    <>
      {phase && <span className={`tag phase-${phase.toLowerCase()}`}>{PHASE_LABEL[phase] ?? phase}</span>}
      {underReview && <span className="tag warn">复核中（已被标记）</span>}
    </>
  );
}
