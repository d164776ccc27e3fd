/**
 * The image challenge (验证码) that public forms and the login form ask after failures.
 */
package cn.gov.cq.jianping.shared.captcha;
