package cn.gov.cq.jianping.publicity;

import java.time.format.DateTimeFormatter;

import cn.gov.cq.jianping.document.ChinesePdf;
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
		return new ChinesePdf("评估异议复核结果告知书").heading("评估异议复核结果告知书")
			.paragraph("回执号：" + status.receiptNumber())
			.paragraph("异议对象：" + status.institutionName())
			.paragraph("您于 " + DATE.format(status.submittedAt()) + " 对上述机构的评估结果和初定等级提出的书面异议，经我局复核，结论如下：")
			.paragraph("复核结论：" + status.status())
			.paragraph("理由：" + (status.conclusion() == null ? "" : status.conclusion()))
			.paragraph("答复：" + (status.reply() == null ? "" : status.reply()))
			.paragraph("特此告知。")
			.right("重庆市人力资源和社会保障局")
			.right(status.decidedAt() == null ? "" : DATE.format(status.decidedAt()))
			.toBytes();
	}

}
