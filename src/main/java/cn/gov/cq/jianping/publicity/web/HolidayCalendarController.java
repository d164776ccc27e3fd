package cn.gov.cq.jianping.publicity.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.publicity.HolidayCalendars;
import cn.gov.cq.jianping.shared.web.OnRefusal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 节假日安排 (第十二条 working days): the bureau keeps each year's State Council schedule with its
 * 调休 workdays.
 */
@Controller
@PreAuthorize("hasRole('BUREAU')")
class HolidayCalendarController {

	static final String VIEW = "publicity/admin/holidays";

	/** A year and the notice it follows. */
	record YearForm(
			@NotNull(message = "请填写年份") @Min(value = 2020, message = "请填写有效的年份") @Max(value = 2100,
					message = "请填写有效的年份") Integer year,
			@NotBlank(message = "请填写所依据的国务院办公厅通知") @Size(max = 300, message = "不超过 300 字") String source) {
	}

	/** One holiday or 调休 workday. */
	record DayForm(@NotNull(message = "请填写日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@NotNull(message = "请选择放假或调休上班") Boolean workday,
			@NotBlank(message = "请填写节日名称") @Size(max = 60, message = "不超过 60 字") String name) {
	}

	private final HolidayCalendars calendars;

	private final Clock clock;

	HolidayCalendarController(HolidayCalendars calendars, Clock clock) {
		this.calendars = calendars;
		this.clock = clock;
	}

	@GetMapping("/publicity/holidays")
	String show(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(this.clock).getYear() : year;
		if (!model.containsAttribute("yearForm")) {
			model.addAttribute("yearForm", new YearForm(shown, null));
		}
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", new DayForm(null, false, null));
		}
		model.addAttribute("year", shown);
		model.addAttribute("years", this.calendars.years());
		model.addAttribute("days", this.calendars.days(shown));
		return VIEW;
	}

	@PostMapping("/publicity/holidays/years")
	@OnRefusal("/publicity/holidays")
	String saveYear(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute("yearForm") YearForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form.year(), model);
		}
		this.calendars.saveYear(user, form.year(), form.source());
		redirect.addFlashAttribute("message", form.year() + "年度节假日安排已保存");
		return "redirect:/publicity/holidays?year=" + form.year();
	}

	@PostMapping("/publicity/holidays/days")
	@OnRefusal("/publicity/holidays")
	String saveDay(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute("dayForm") DayForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form.day() == null ? null : form.day().getYear(), model);
		}
		this.calendars.saveDay(user, form.day(), form.workday(), form.name());
		redirect.addFlashAttribute("message", form.day() + " 已保存");
		return "redirect:/publicity/holidays?year=" + form.day().getYear();
	}

	@PostMapping("/publicity/holidays/days/{day}/delete")
	@OnRefusal("/publicity/holidays")
	String removeDay(@AuthenticationPrincipal CurrentUser user,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		this.calendars.removeDay(user, day);
		redirect.addFlashAttribute("message", day + " 已删除");
		return "redirect:/publicity/holidays?year=" + day.getYear();
	}

}
