// Scan a ticket's QR code with the phone camera where the browser can decode it
// (BarcodeDetector); typing the code or a USB scanner works everywhere.
(function () {
  "use strict";
  const button = document.getElementById("scan");
  const video = document.getElementById("camera");
  const form = document.getElementById("check-in-form");
  if (!button || !("BarcodeDetector" in window) || !navigator.mediaDevices) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", async function () {
    const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: "environment" },
    });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const look = async function () {
      const codes = await detector.detect(video);
      if (codes.length) {
        stream.getTracks().forEach(function (track) { track.stop(); });
        form.elements.secret.value = codes[0].rawValue;
        form.submit();
        return;
      }
      window.requestAnimationFrame(look);
    };
    look();
  });
})();
