/* "Lees voor": reads a card aloud with the browser's own speech synthesis. Only a Dutch voice that runs on this
   device is used (a voice with localService false sends the text to a server), and without one no button shows.
   The buttons are made here, not in the HTML: without such a voice (or without JavaScript) they would do nothing,
   and cards that are added to the page later get theirs too. */
(() => {
  "use strict";
  const synth = window.speechSynthesis;
  if (!synth || typeof window.SpeechSynthesisUtterance !== "function") return;
  const PARTS = "h3, .samenvatting, .feiten > div, .aanmelden";
  let reading = null;

  const localDutchVoice = () => synth.getVoices().find((voice) => voice.localService && /^nl\b/i.test(voice.lang));
  const addButton = (card) => {
    if (card.querySelector("[data-lees-voor]")) return;
    const button = document.createElement("button");
    const name = document.createElement("span");
    button.type = "button";
    button.className = "lees-voor";
    button.dataset.leesVoor = "";
    button.setAttribute("aria-pressed", "false");
    name.className = "vh";
    name.textContent = ` ${card.querySelector("h3")?.textContent ?? ""}`;
    button.append("Lees voor", name);
    const place = [".feiten", ".samenvatting", "h3"].map((part) => card.querySelector(part)).find(Boolean);
    (place ?? card.firstChild).after(button);
  };
  const addButtons = () => document.querySelectorAll("[data-instrument-id]").forEach(addButton);

  const offer = () => {
    const available = Boolean(localDutchVoice());
    document.documentElement.classList.toggle("kan-voorlezen", available);
    if (available) addButtons();
  };

  const textOf = (card) =>
    [...card.querySelectorAll(PARTS)]
      .map((part) => part.textContent.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join(". ");

  const stop = () => {
    synth.cancel();
    if (reading) reading.setAttribute("aria-pressed", "false");
    reading = null;
  };

  const read = (button) => {
    const voice = localDutchVoice();
    const card = button.closest("[data-instrument-id]");
    if (!voice || !card) return;
    const utterance = new window.SpeechSynthesisUtterance(textOf(card));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.addEventListener("end", () => {
      if (reading === button) stop();
    });
    reading = button;
    button.setAttribute("aria-pressed", "true");
    synth.speak(utterance);
  };

  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-lees-voor]");
    if (!button) return;
    const again = button === reading;
    stop();
    if (!again) read(button);
  });
  if (typeof synth.addEventListener === "function") synth.addEventListener("voiceschanged", offer);
  new MutationObserver(() => {
    if (document.documentElement.classList.contains("kan-voorlezen")) addButtons();
  }).observe(document.documentElement, {childList: true, subtree: true});
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", offer);
  else offer();
})();
