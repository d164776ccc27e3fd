package cn.gov.cq.jianping.evaluation.web;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

/** The cases the bureau ticked to approve in one batch. */
record ApprovalSelectionForm(@NotEmpty(message = "{evaluation.approve.selection.required}") List<Long> caseIds) {

}
