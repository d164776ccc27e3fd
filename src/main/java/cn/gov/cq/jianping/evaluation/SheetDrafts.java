package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.ScoreResult;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling in a sheet (self-assessment, district review, an expert's on-site scores): the
 * live total beside the form and saving the draft, while the stage table lets the user
 * edit it.
 */
@Service
public class SheetDrafts {

	private final CaseAccess access;

	private final CaseSheets sheets;

	private final CaseTimeline timeline;

	private final Clock clock;

	SheetDrafts(CaseAccess access, CaseSheets sheets, CaseTimeline timeline, Clock clock) {
		this.access = access;
		this.sheets = sheets;
		this.timeline = timeline;
		this.clock = clock;
	}

	/** Scores a sheet without saving it: the live total beside the form. */
	@Transactional(readOnly = true)
	public ScoreResult preview(CurrentUser user, long caseId, SheetKind kind, SheetInput input) {
		return this.sheets.score(this.access.visible(user, caseId), kind, input);
	}

	/** As {@link #preview}, the rejected fields returned for the form. */
	@Transactional(readOnly = true)
	public Attempt<ScoreResult> tryPreview(CurrentUser user, long caseId, SheetKind kind, SheetInput input) {
		return Attempt.of(() -> preview(user, caseId, kind, input));
	}

	/**
	 * As {@link #saveSheet}, the refusal or the rejected fields returned for the form.
	 */
	@Transactional
	public Attempt<Void> trySaveSheet(CurrentUser user, long caseId, SheetKind kind, SheetInput input) {
		return Attempt.of(() -> saveSheet(user, caseId, kind, input));
	}

	@Transactional
	public void saveSheet(CurrentUser user, long caseId, SheetKind kind, SheetInput input) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		this.access.requireMayEdit(user, evaluationCase, kind);
		ScoreSheet sheet = this.sheets.sheetFor(evaluationCase, kind, user.getUsername(), this.clock.instant());
		if (sheet.getId() != null && (input.version() == null || input.version() != sheet.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(ScoreSheet.class, sheet.getId());
		}
		ScoreResult result = this.sheets.score(evaluationCase, kind, input);
		Map<String, ScoreSheet.Entry> entries = new LinkedHashMap<>();
		Set<String> codes = new LinkedHashSet<>(input.inputs().keySet());
		codes.addAll(input.notes().keySet());
		for (String code : codes) {
			CriterionInput value = input.inputs().getOrDefault(code, new CriterionInput(null, null, null, null, null));
			entries.put(code, new ScoreSheet.Entry(value, blankToNull(input.notes().get(code))));
		}
		Map<String, ScoreSheet.Veto> vetoes = new LinkedHashMap<>();
		input.vetoes()
			.forEach((code, veto) -> vetoes.put(code,
					new ScoreSheet.Veto(veto.severity(), veto.reason() == null ? "" : veto.reason().trim())));
		sheet.replace(entries, vetoes, blankToNull(input.opinion()), result.total(), result.grade(),
				this.clock.instant());
		this.sheets.save(sheet);
		this.timeline.record(evaluationCase, user, kind.label() + "暂存", null, null,
				"合计 " + CaseSheets.plain(result.total()) + " 分" + (result.complete() ? "" : "（未评完）"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
