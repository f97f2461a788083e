from django.db.models import Q
from django.shortcuts import render

from articles.models import Article


def results(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    articles = Article.objects.none()
    if query:
        articles = Article.objects.published().filter(Q(title__icontains=query) | Q(summary__icontains=query))[:20]
    return render(request, "search/results.html", {"query": query, "articles": articles})
