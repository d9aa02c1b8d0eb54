// Move the "Leave a Reply" form under the comment being replied to. Without this script the
// Reply links still work: they reload the page with ?replytocom= and the form says who.
(function () {
  "use strict";
  var respond = document.getElementById("respond");
  if (!respond) {
    return;
  }
  var form = respond.querySelector("form");
  var parentInput = form.elements.namedItem("parent");
  var title = document.getElementById("reply-title");
  var cancel = document.getElementById("cancel-comment-reply");
  var home = document.createElement("div");
  home.hidden = true;
  respond.parentNode.insertBefore(home, respond);

  function replyTo(link) {
    var comment = document.getElementById("comment-" + link.dataset.commentId);
    if (!comment) {
      return false;
    }
    comment.querySelector(".comment__body").after(respond);
    parentInput.value = link.dataset.commentId;
    title.textContent = link.dataset.replyTitle;
    cancel.hidden = false;
    form.elements.namedItem("body").focus();
    return true;
  }

  function cancelReply() {
    home.after(respond);
    parentInput.value = "";
    title.textContent = title.dataset.default;
    cancel.hidden = true;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest(".comment-reply-link");
    if (link && replyTo(link)) {
      event.preventDefault();
    } else if (event.target.closest("#cancel-comment-reply")) {
      event.preventDefault();
      cancelReply();
      form.elements.namedItem("body").focus();
    }
  });
})();
