package cn.gov.cq.jianping.publicity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.gov.cq.jianping.document.OfficialDocument;
import cn.gov.cq.jianping.document.OfficialDocuments;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 复核结果告知书 (第十三条): the bureau's answer to an objector, as a PDF letter.
 */
final class ReplyLetter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日")
		.withZone(TimeConfiguration.ZONE);

	private ReplyLetter() {
	}

	static byte[] pdf(ObjectionStatus status) {
		// 公文 after GB/T 9704-2012 (rendered by document); 主送 is the objector
		LocalDate date = (status.decidedAt() == null ? status.submittedAt() : status.decidedAt())
			.atZone(TimeConfiguration.ZONE)
			.toLocalDate();
		return OfficialDocuments.standard()
			.render(new OfficialDocument(OfficialDocument.Kind.REPLY_LETTER, OfficialDocument.BUREAU, null,
					"评估异议复核结果告知书", "异议人（回执号 " + status.receiptNumber() + "）",
					List.of("您于" + DATE.format(status.submittedAt()) + "对" + status.institutionName()
							+ "的评估结果和初定等级提出的书面异议，经我局复核，结论如下：", "复核结论：" + status.status(),
							"理由：" + (status.conclusion() == null ? "" : status.conclusion()),
							"答复：" + (status.reply() == null ? "" : status.reply()), "特此告知。"),
					null, date));
	}

}
