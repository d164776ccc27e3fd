package cn.gov.cq.jianping.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The password form; never echoed back. The policy on the new password is the service's
 * ({@code PasswordPolicy}), the confirmation is checked by {@link PasswordFormValidator}.
 */
record PasswordForm(@NotBlank(message = "{password.currentPassword.required}") String currentPassword,
		String newPassword, String confirmation) {

}
