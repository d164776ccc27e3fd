package cn.gov.cq.jianping.publicity.web;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.cq.jianping.notification.NotificationSend;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 获取短信验证码 on the public objection form: sends the code to the phone typed in the form and
 * returns to the form with everything typed kept (files are chosen again). Limited per
 * client address and per phone, like the other public forms.
 */
@Controller
class ObjectionSmsController {

	private final SmsCodes codes;

	private final RateLimiter limiter;

	ObjectionSmsController(SmsCodes codes, RateLimiter limiter) {
		this.codes = codes;
		this.limiter = limiter;
	}

	@PostMapping("/public/objections/sms-code")
	String sendCode(@ModelAttribute("form") ObjectionInput form, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (form.entryId() == null) {
			return "redirect:/public/publicity";
		}
		redirect.addFlashAttribute("form", form.withoutCodes());
		String back = "redirect:/public/objections/new?entry=" + form.entryId() + "#sms";
		if (!SmsCodes.isMobile(form.phone())) {
			redirect.addFlashAttribute("smsError", "请先在“手机号码”中填写正确的手机号码，再获取短信验证码");
			return back;
		}
		if (!this.limiter.tryAcquire(RateLimiter.Kind.SMS, request.getRemoteAddr())
				|| !this.limiter.tryAcquire(RateLimiter.Kind.SMS, "phone:" + form.phone().trim())) {
			redirect.addFlashAttribute("smsError", "短信验证码获取过于频繁，请10分钟后再试，或使用图片验证码");
			return back;
		}
		NotificationSend sent = this.codes.send(request.getSession(true), form.phone());
		if (sent.delivered()) {
			redirect.addFlashAttribute("smsSent", "短信验证码已发送至 " + sent.recipientMasked() + "，10分钟内有效");
		}
		else {
			redirect.addFlashAttribute("smsError", "短信发送失败，请稍后重试，或使用图片验证码");
		}
		return back;
	}

}
