package cn.gov.cq.jianping.evaluation;

import java.util.List;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.messaging.Audience;
import cn.gov.cq.jianping.messaging.Inbox;
import cn.gov.cq.jianping.messaging.MessageCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells whoever acts next that a case has reached them (站内信), in the transaction of the
 * move: the institution when its self-assessment opens or is returned, the district
 * office at 区县初评, the center at 专家组评估 (or when the bureau sends it back), each expert of
 * a newly formed panel, the bureau at 市局审核, and the institution when its grade is
 * approved.
 */
@Component
class CaseMessages {

	private final Inbox inbox;

	private final JdbcClient jdbc;

	CaseMessages(Inbox inbox, JdbcClient jdbc) {
		this.inbox = inbox;
		this.jdbc = jdbc;
	}

	void after(EvaluationCase c, String action, CaseStage from, CaseStage to, long eventId) {
		String key = "case:" + c.getId() + ":" + eventId;
		String link = "/cases/" + c.getId();
		String name = c.getInstitutionName();
		if ("组建专家组".equals(action)) {
			for (String expert : panelExperts(c.getId())) {
				this.inbox.deliver(Audience.user(expert), MessageCategory.TODO, "新的评估任务：" + name,
						"您已被选入“" + name + "”的评估专家组，请先签署无利害关系声明，再按时完成实地评分。", link, key);
			}
			return;
		}
		if (to == null || to == from) {
			return;
		}
		boolean returned = from != null && from.ordinal() > to.ordinal();
		MessageCategory category = returned ? MessageCategory.RETURNED : MessageCategory.TODO;
		String verb = returned ? "被退回" : "待办理";
		switch (to) {
			case SELF_ASSESSMENT ->
				this.inbox.deliver(Audience.institution(c.getInstitutionId()), category, "机构自评" + verb + "：" + name,
						returned ? "区县人社部门退回了本机构的自评，请按意见修改后重新提交。" : "评估批次已启动，请在自评截止日期前提交机构自评。", link, key);
			case DISTRICT_REVIEW -> {
				if (c.getDistrictCode() != null) {
					this.inbox.deliver(Audience.district(c.getDistrictCode()), category, "区县初评" + verb + "：" + name,
							"“" + name + "”已提交自评，请在初评截止日期前完成区县初评。", link, key);
				}
			}
			case CENTER_EVALUATION ->
				this.inbox.deliver(Audience.roles("CENTER"), category, "专家组评估" + verb + "：" + name,
						returned ? "“" + name + "”的评估结果被退回，请按审核意见重新评估。" : "“" + name + "”已进入专家组评估，请组建专家组并安排实地检查。", link,
						key);
			case BUREAU_REVIEW -> this.inbox.deliver(Audience.roles("BUREAU"), category, "市局审核待办理：" + name,
					"“" + name + "”的初定等级已报送，请审核。", link, key);
			case APPROVED -> this.inbox.deliver(Audience.institution(c.getInstitutionId()), MessageCategory.INFO,
					"评估结果已审核通过：" + name, "本机构的评估结果已经市人社局审核通过，将按规定进行公示。", link, key);
		}
	}

	private List<String> panelExperts(long caseId) {
		return this.jdbc.sql("""
				select e.username from panel_member p join expert e on e.id = p.expert_id
				where p.case_id = :id order by e.username""").param("id", caseId).query(String.class).list();
	}

}
