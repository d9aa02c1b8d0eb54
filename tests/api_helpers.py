"""Helpers shared by the Content API tests."""

API = "/api/v1"


def get_json(client, path, status=200, **headers):
    response = client.get(path if path.startswith("/") else f"{API}/{path}", **headers)
    assert response.status_code == status, (path, response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def walk(client, path):
    """Return every result of a list, following ``next`` from page to page."""
    results, url = [], path
    while url:
        page = get_json(client, url.replace("http://testserver", ""))
        results += page["results"]
        url = page["next"]
    return results
