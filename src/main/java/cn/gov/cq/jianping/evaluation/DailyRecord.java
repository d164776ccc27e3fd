package cn.gov.cq.jianping.evaluation;

import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.institution.InstitutionRegistry;

import org.springframework.stereotype.Component;

/** 以日常管理情况为基础 (第十一条): what the registry and other modules know of the institution. */
@Component
class DailyRecord {

	private final InstitutionRegistry registry;

	private final List<DailyRecordContributor> contributors;

	private final CaseSummaries summaries;

	DailyRecord(InstitutionRegistry registry, List<DailyRecordContributor> contributors, CaseSummaries summaries) {
		this.registry = registry;
		this.contributors = contributors;
		this.summaries = summaries;
	}

	List<String> linesFor(EvaluationCase evaluationCase) {
		List<String> lines = new ArrayList<>();
		this.registry.find(evaluationCase.getInstitutionId()).ifPresent(institution -> {
			lines.add("备案状态：" + institution.status().label() + "；备案有效期 " + institution.registeredOn() + " 至 "
					+ institution.expiresOn());
			lines.add("备案范围：" + institution.scopeOccupations());
		});
		for (DailyRecordContributor contributor : this.contributors) {
			lines.addAll(contributor.linesFor(evaluationCase.getInstitutionId()));
		}
		for (EvaluationCase earlier : this.summaries.ofInstitution(evaluationCase.getInstitutionId())) {
			if (!earlier.getId().equals(evaluationCase.getId()) && earlier.getApprovedGrade() != null) {
				lines.add("以往评估：" + this.summaries.round(earlier).getName() + " 核准等级“"
						+ earlier.getApprovedGrade().label() + "”");
			}
		}
		return lines;
	}

}
