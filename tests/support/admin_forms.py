"""The fields the admin's article form posts, for tests that save through the admin."""


def article_form_data(article, **changes):
    data = {
        "title": article.title,
        "slug": article.slug,
        "article_type": article.article_type,
        "language": article.language,
        "summary": article.summary,
        "body": article.body,
        "topics": "",
        "status": article.status,
        "source_name": "",
        "source_url": "",
        "authors": "",
        "court": "",
        "ecli": "",
        "publisher": "",
        "doi": "",
        "isbn": "",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data
