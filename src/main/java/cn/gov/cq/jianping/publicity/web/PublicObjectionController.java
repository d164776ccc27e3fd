package cn.gov.cq.jianping.publicity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import cn.gov.cq.jianping.publicity.FieldProblem;
import cn.gov.cq.jianping.publicity.ObjectionFiling;
import cn.gov.cq.jianping.publicity.ObjectionRejectedException;
import cn.gov.cq.jianping.publicity.ObjectionRetention;
import cn.gov.cq.jianping.publicity.ObjectionStatus;
import cn.gov.cq.jianping.publicity.ObjectionUpload;
import cn.gov.cq.jianping.publicity.Publicities;
import cn.gov.cq.jianping.shared.captcha.CaptchaService;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 第十二条, 第十三条 for the public: what is under publicity now, the written real-name objection
 * with evidence, and the objector's view of the re-review and its answer.
 */
@Controller
class PublicObjectionController {

	static final String VIEW_PUBLICITY = "publicity/public/publicity";

	static final String VIEW_FORM = "publicity/public/objection-form";

	static final String VIEW_RECEIPT = "publicity/public/receipt";

	static final String VIEW_STATUS = "publicity/public/status";

	static final String VIEW_MESSAGE = "publicity/public/message";

	static final int MAX_FILES = 5;

	/** Problems the form shows beside a field of {@link ObjectionInput}. */
	private static final Set<String> FIELDS = Set.of("objectorKind", "name", "idNumber", "phone", "organisation",
			"orgCreditCode", "contactPerson", "content", "consent", "sensitiveConsent", "captcha", "smsCode");

	private final Publicities publicities;

	private final ObjectionFiling objections;

	private final ObjectionRetention retention;

	private final CaptchaService captcha;

	private final RateLimiter limiter;

	private final SmsCodes smsCodes;

	PublicObjectionController(Publicities publicities, ObjectionFiling objections, ObjectionRetention retention,
			CaptchaService captcha, RateLimiter limiter, SmsCodes smsCodes) {
		this.publicities = publicities;
		this.objections = objections;
		this.retention = retention;
		this.captcha = captcha;
		this.limiter = limiter;
		this.smsCodes = smsCodes;
	}

	@GetMapping("/public/publicity")
	String publicity(Model model) {
		model.addAttribute("entries", this.publicities.underNoticeNow());
		return VIEW_PUBLICITY;
	}

	@GetMapping("/public/objections/new")
	String initObjectionForm(@RequestParam("entry") long entryId, Model model) {
		Publicities.EntryView entry = this.publicities.entry(entryId);
		if (!entry.underNotice()) {
			return closed(entry, model);
		}
		if (!model.containsAttribute("form")) {
			// back from 获取短信验证码, the form keeps what was typed
			model.addAttribute("form", ObjectionInput.blank(entryId));
		}
		return formView(entry, model);
	}

	@PostMapping("/public/objections")
	String processObjectionForm(@ModelAttribute("form") ObjectionInput form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (!this.limiter.tryAcquire(RateLimiter.Kind.OBJECTION, request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		if (form.entryId() == null) {
			return message(model, "请选择要提出异议的机构", "请从“评估结果公示”列表中选择机构后再提出异议。");
		}
		Publicities.EntryView entry = this.publicities.entry(form.entryId());
		List<ObjectionUpload> uploads = uploads(files);
		List<FieldProblem> problems = new ArrayList<>(this.objections.check(form.toForm(), uploads));
		if (problems.stream().anyMatch(FieldProblem::isAboutTheEntry)) {
			model.addAttribute("reason", problems.get(0).message());
			return closed(entry, model);
		}
		if (form.bySms()) {
			if (!this.smsCodes.check(request.getSession(false), form.phone(), form.smsCode())) {
				problems.add(new FieldProblem("smsCode", "短信验证码不正确或已失效，请重新获取"));
			}
		}
		else if (!this.captcha.check(request.getSession(false), form.captcha())) {
			problems.add(new FieldProblem("captcha", "验证码不正确或已失效，请按新图片重新输入"));
		}
		if (!problems.isEmpty()) {
			return rejected(entry, problems, result, model);
		}
		String receipt;
		try {
			receipt = this.objections.file(form.toForm(), uploads);
		}
		catch (ObjectionRejectedException ex) {
			// the period closed between the check and the save
			if (ex.problems().stream().anyMatch(FieldProblem::isAboutTheEntry)) {
				model.addAttribute("reason", ex.getMessage());
				return closed(entry, model);
			}
			return rejected(entry, ex.problems(), result, model);
		}
		redirect.addFlashAttribute("receipt", receipt);
		redirect.addFlashAttribute("institutionName", entry.institutionName());
		return "redirect:/public/objections/receipt";
	}

	@GetMapping("/public/objections/receipt")
	String receipt(Model model) {
		if (!model.containsAttribute("receipt")) {
			return "redirect:/public/objections/status";
		}
		return VIEW_RECEIPT;
	}

	@GetMapping(path = "/public/captcha.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> captchaImage(HttpServletRequest request) {
		if (!this.captcha.enabled()) {
			return ResponseEntity.notFound().build();
		}
		if (!this.limiter.tryAcquire(RateLimiter.Kind.CAPTCHA, request.getRemoteAddr())) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body("验证码请求过于频繁，请稍后再试".getBytes(StandardCharsets.UTF_8));
		}
		HttpSession session = request.getSession(true);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body(this.captcha.issue(session).png());
	}

	@GetMapping("/public/objections/status")
	String initStatusForm() {
		return VIEW_STATUS;
	}

	@PostMapping("/public/objections/status")
	String processStatusForm(@RequestParam(required = false) String receipt,
			@RequestParam(required = false) String phone, Model model) {
		model.addAttribute("receipt", receipt);
		model.addAttribute("phone", phone);
		Optional<ObjectionStatus> status = this.objections.status(receipt, phone);
		if (status.isEmpty()) {
			model.addAttribute("notFound", "未找到：请核对回执号和手机号码");
		}
		else {
			model.addAttribute("status", status.get());
		}
		return VIEW_STATUS;
	}

	@PostMapping("/public/objections/letter")
	Object letter(@RequestParam(required = false) String receipt, @RequestParam(required = false) String phone,
			Model model) {
		Optional<byte[]> pdf = this.objections.replyLetter(receipt, phone);
		if (pdf.isEmpty()) {
			String answer = processStatusForm(receipt, phone, model);
			if (model.containsAttribute("status")) {
				model.addAttribute("letterError", "复核尚未完成，暂无复核结果告知书");
			}
			return answer;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("异议复核结果告知书.pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(pdf.get());
	}

	private String rejected(Publicities.EntryView entry, List<FieldProblem> problems, BindingResult result,
			Model model) {
		List<String> fileErrors = new ArrayList<>();
		for (FieldProblem problem : problems) {
			if (FIELDS.contains(problem.field())) {
				result.rejectValue(problem.field(), "rejected", problem.message());
			}
			else if ("files".equals(problem.field())) {
				fileErrors.add(problem.message());
			}
			else {
				result.reject("rejected", problem.message());
			}
		}
		model.addAttribute("fileErrors", fileErrors);
		model.addAttribute("problemCount", problems.size());
		return formView(entry, model);
	}

	private String formView(Publicities.EntryView entry, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("captchaEnabled", this.captcha.enabled());
		model.addAttribute("retentionYears", this.retention.retentionYears());
		model.addAttribute("maxFiles", MAX_FILES);
		return VIEW_FORM;
	}

	private String closed(Publicities.EntryView entry, Model model) {
		String reason = (String) model.getAttribute("reason");
		return message(model, "该机构当前不在公示期内", reason != null ? reason : "“" + entry.institutionName() + "”的公示期为 "
				+ entry.start() + " 至 " + entry.closingTime() + "，当前不在公示期内，不能提出异议。");
	}

	static String message(Model model, String heading, String text) {
		model.addAttribute("heading", heading);
		model.addAttribute("text", text);
		return VIEW_MESSAGE;
	}

	private static List<ObjectionUpload> uploads(List<MultipartFile> files) {
		List<ObjectionUpload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				uploads.add(new ObjectionUpload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

}
