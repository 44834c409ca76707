package org.mineraldiligence.mail;

/** A message as its recipient will read it. */
record RenderedMail(String subject, String html, String text) {
}
