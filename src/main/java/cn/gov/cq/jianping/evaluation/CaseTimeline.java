package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.util.List;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.evaluation.model.SheetVisibility;
import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's timeline: every step of the chain is recorded here, and other modules
 * (publicity, supervision) record the steps they take on a case through
 * {@link #recordOnTimeline}.
 */
@Service
public class CaseTimeline {

	/** The timeline actions that carry an expert's total. */
	static final String EXPERT_DRAFT = SheetKind.EXPERT.label() + "暂存";

	static final String EXPERT_SUBMISSION = "提交专家评分";

	static final String HIDDEN_SCORE = "评分在您提交本人评分后可见";

	private final EvaluationCaseRepository cases;

	private final CaseEventRepository events;

	private final CaseMessages messages;

	private final Clock clock;

	CaseTimeline(EvaluationCaseRepository cases, CaseEventRepository events, CaseMessages messages, Clock clock) {
		this.cases = cases;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Records a step taken outside this module (publicity, confirmation) on the case's
	 * timeline.
	 */
	@Transactional
	public void recordOnTimeline(long caseId, String actor, String action, String detail) {
		this.cases.findById(caseId)
			.ifPresent(c -> this.events
				.save(new CaseEvent(caseId, this.clock.instant(), actor, action, null, null, detail)));
	}

	/** The case's timeline, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseViews.TimelineEntry> entries(long caseId) {
		return this.events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId).stream().map(CaseEvent::toView).toList();
	}

	/**
	 * The case's timeline as this viewer may read it: an expert who has not submitted
	 * their own sheet sees that other experts saved or submitted theirs, but not their
	 * totals (experts score independently, as the sheets already enforce).
	 */
	@Transactional(readOnly = true)
	public List<CaseViews.TimelineEntry> entries(long caseId, SheetVisibility visibility) {
		return entries(caseId).stream().map(entry -> visibleTo(entry, visibility)).toList();
	}

	private static CaseViews.TimelineEntry visibleTo(CaseViews.TimelineEntry entry, SheetVisibility visibility) {
		boolean draft = EXPERT_DRAFT.equals(entry.action());
		if (!draft && !EXPERT_SUBMISSION.equals(entry.action()) || entry.actor() == null
				|| visibility.maySeeSheet(SheetKind.EXPERT, entry.actor(), !draft)) {
			return entry;
		}
		return new CaseViews.TimelineEntry(entry.at(), entry.actor(), entry.action(), entry.from(), entry.to(),
				HIDDEN_SCORE);
	}

	/**
	 * Saves the case after a move and records the move, with an optional addition to its
	 * detail.
	 */
	void record(EvaluationCase evaluationCase, CurrentUser user, CaseTransition transition, String extra) {
		String detail = transition.detail() == null ? extra
				: (extra == null ? transition.detail() : transition.detail() + "；" + extra);
		record(evaluationCase, user, transition.action(), transition.from(), transition.to(), detail);
	}

	/**
	 * Saves the case and records a step that does not move it (or moves it as stated).
	 */
	void record(EvaluationCase evaluationCase, CurrentUser user, String action, CaseStage from, CaseStage to,
			String detail) {
		this.cases.save(evaluationCase);
		CaseEvent event = this.events.save(new CaseEvent(evaluationCase.getId(), this.clock.instant(),
				user.getUsername(), action, from, to, detail));
		// whoever acts next learns of it in the same transaction (站内信)
		this.messages.after(evaluationCase, action, from, to, event.getId());
	}

}
