package cn.gov.cq.jianping.publicity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;

import org.springframework.stereotype.Component;

/**
 * What a new publicity may include: the round's approved results that are neither under
 * notice nor confirmed yet, the round itself, and the institutions as registered now.
 */
@Component
class PublicityCandidates {

	private final CaseQueries cases;

	private final EvaluationRounds rounds;

	private final InstitutionRegistry registry;

	private final PublicityEntryRepository entries;

	PublicityCandidates(CaseQueries cases, EvaluationRounds rounds, InstitutionRegistry registry,
			PublicityEntryRepository entries) {
		this.cases = cases;
		this.rounds = rounds;
		this.registry = registry;
		this.entries = entries;
	}

	/** The approved, unpublished cases of the round: all of them, or those chosen. */
	List<CaseViews.CaseSummary> approvedUnpublished(CurrentUser user, long roundId, List<Long> caseIds) {
		Set<Long> alreadyPublished = this.entries.findByStatusOrderByIdAsc(PublicityEntry.Status.UNDER_NOTICE)
			.stream()
			.map(PublicityEntry::getCaseId)
			.collect(Collectors.toSet());
		this.entries.findByStatusOrderByIdAsc(PublicityEntry.Status.CONFIRMED)
			.forEach(e -> alreadyPublished.add(e.getCaseId()));
		return this.cases.casesOfRound(user, roundId)
			.stream()
			.filter(c -> c.stage() == CaseStage.APPROVED)
			.filter(c -> !alreadyPublished.contains(c.id()))
			.filter(c -> caseIds == null || caseIds.isEmpty() || caseIds.contains(c.id()))
			.toList();
	}

	EvaluationRounds.RoundView round(long roundId) {
		return this.rounds.view(roundId);
	}

	/** Every institution by id, read in one query. */
	Map<Long, InstitutionView> institutions() {
		return this.registry.all().stream().collect(Collectors.toMap(InstitutionView::id, Function.identity()));
	}

}
