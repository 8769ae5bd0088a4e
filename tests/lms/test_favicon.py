from django.contrib.staticfiles import finders


def test_the_favicon_is_found_where_browsers_look(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.ico")
    assert finders.find("img/favicon.ico")


def test_every_page_names_its_icon(client, db):
    body = client.get("/connexion/").content.decode()
    assert 'rel="icon"' in body
