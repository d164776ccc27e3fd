package cn.gov.cq.jianping.publicity;

import java.time.format.DateTimeFormatter;

import cn.gov.cq.jianping.notification.NotificationChannel;
import cn.gov.cq.jianping.notification.Notifications;
import cn.gov.cq.jianping.notification.OutgoingNotification;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.stereotype.Component;

/**
 * 第十三条 "将复核结果告知异议提出人": when the bureau decides an objection, upheld or not, the objector
 * gets an SMS at the number given and the reply letter (复核结果告知书) is queued for mailing;
 * both sends are recorded under the receipt number, in the deciding transaction.
 */
@Component
class ObjectorInforming {

	/**
	 * Reference type of the sends about an objection; the reference is the receipt
	 * number.
	 */
	static final String REFERENCE_TYPE = "objection";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日")
		.withZone(TimeConfiguration.ZONE);

	private final Notifications notifications;

	private final PersonalDataCipher cipher;

	ObjectorInforming(Notifications notifications, PersonalDataCipher cipher) {
		this.notifications = notifications;
		this.cipher = cipher;
	}

	void inform(Objection objection, String institutionName) {
		String receipt = objection.getReceiptNumber();
		String outcome = objection.getStatus().label();
		String phone = objection.getPhoneEncrypted() == null ? null
				: this.cipher.decrypt(objection.getPhoneEncrypted());
		if (phone != null && !phone.isBlank()) {
			this.notifications.send(new OutgoingNotification(
					NotificationChannel.SMS, phone, "评估异议复核结果", "【重庆市人力社保局】您对“" + institutionName + "”评估结果提出的异议（回执号 "
							+ receipt + "）已复核，结论：" + outcome + "。复核结果告知书将邮寄给您，也可凭回执号和手机号在“异议查询”查看和下载。",
					REFERENCE_TYPE, receipt));
		}
		this.notifications.send(new OutgoingNotification(NotificationChannel.LETTER, addressee(objection),
				"评估异议复核结果告知书（回执号 " + receipt + "）",
				"异议对象：" + institutionName + "；复核结论：" + outcome + "；理由：" + objection.getConclusion() + "；答复："
						+ objection.getReply() + "；重庆市人力资源和社会保障局 " + DATE.format(objection.getDecidedAt()),
				REFERENCE_TYPE, receipt));
	}

	/** A letter goes to the person, or for an organisation to its contact person. */
	private static String addressee(Objection objection) {
		String name = objection.getObjectorName() != null ? objection.getObjectorName() : objection.getContactPerson();
		String organisation = objection.getOrganisation();
		String to = (organisation == null ? "" : organisation + " ") + (name == null ? "" : name);
		return to.isBlank() ? "异议人（回执号 " + objection.getReceiptNumber() + "）" : to.trim();
	}

}
