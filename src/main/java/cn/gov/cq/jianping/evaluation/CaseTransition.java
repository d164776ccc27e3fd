package cn.gov.cq.jianping.evaluation;

import cn.gov.cq.jianping.evaluation.model.CaseStage;

/** What a move of {@link EvaluationCase} did, for the timeline. */
record CaseTransition(CaseStage from, CaseStage to, String action, String detail) {
}
