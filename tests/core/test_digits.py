"""Chapter 4 on the UCI 8×8 digits: the data, the batched CNN against the single-image functions, its gradient
against finite differences, determinism from the seed, and training that learns."""

import itertools

import numpy as np
import pytest

from nnviz.core import cnn
from nnviz.core.checks import central_difference
from nnviz.core.cnn import digits
from nnviz.core.descent import StoppingRules


@pytest.fixture(scope="module")
def data():
    return digits.load()


@pytest.fixture(scope="module")
def ten(data):
    return digits.split(*data)


def test_the_shipped_set_is_the_uci_test_set(data):
    images, labels = data
    assert images.shape == (1797, 8, 8)
    assert np.bincount(labels).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    assert images.min() == 0.0 and images.max() == 1.0
    # the first image is a 0: its top row is 0 0 5 13 9 1 0 0 (pixel counts out of 16)
    assert (images[0, 0] * 16).tolist() == [0, 0, 5, 13, 9, 1, 0, 0] and labels[0] == 0


def test_the_split_holds_out_a_share_of_each_class(data, ten):
    assert (len(ten.train_labels), len(ten.test_labels)) == (1438, 359)
    assert np.bincount(ten.test_labels).tolist() == [36, 36, 35, 37, 36, 36, 36, 36, 35, 36]
    pair = digits.split(*data, classes=(8, 3), test_fraction=0.25, seed=4)
    assert pair.classes == (3, 8) and set(pair.train_labels) == {0, 1}
    assert len(pair.test_labels) == round(0.25 * 183) + round(0.25 * 174)
    # no image in both parts (each image of the set is distinct enough to tell by its pixels)
    train = {im.tobytes() for im in pair.train_images}
    assert not any(im.tobytes() in train for im in pair.test_images)


def test_the_split_is_the_same_for_the_same_seed(data):
    a, b, c = (digits.split(*data, seed=s) for s in (7, 7, 8))
    assert np.array_equal(a.test_images, b.test_images) and np.array_equal(a.train_labels, b.train_labels)
    assert not np.array_equal(a.test_images, c.test_images)


@pytest.mark.parametrize("classes", [(5,), (3, 3), (1, 10), ()])
def test_a_bad_choice_of_classes_is_refused(data, classes):
    with pytest.raises(ValueError):
        digits.split(*data, classes=classes)


def test_the_batched_forward_is_convolve_and_max_pool_image_by_image(ten):
    model = digits.Model(3, 10)
    params = model.start(2) + np.random.default_rng(5).normal(0, 0.2, model.size)
    parts = model.unpack(params)
    images = ten.test_images[:12]
    out = digits.forward(model, params, images)
    for i, f in itertools.product(range(len(images)), range(model.filters)):
        fm = cnn.convolve(images[i], parts.kernels[f], parts.biases[f])
        np.testing.assert_allclose(out.feature_maps[i, f], fm, atol=1e-12)
        np.testing.assert_allclose(out.pooled[i, f], cnn.max_pool(np.maximum(fm, 0.0)), atol=1e-12)
    # the classifier reads the pooled values filter by filter, row by row; SoftMax as chapter 4's
    scores = out.pooled.reshape(len(images), -1) @ parts.weights.T + parts.out_biases
    np.testing.assert_allclose(out.scores, scores, atol=1e-12)
    for i in range(len(images)):
        np.testing.assert_allclose(out.probabilities[i], cnn.softmax(scores[i]), atol=1e-12)


@pytest.mark.parametrize("filters, classes", [(1, 2), (4, 10), (8, 3)])
def test_the_gradient_is_the_slope_of_the_mean_cross_entropy(ten, filters, classes):
    model = digits.Model(filters, classes)
    params = model.start(1) + np.random.default_rng(filters).normal(0, 0.1, model.size)
    cols = digits.patches(ten.train_images[:16])
    labels = ten.train_labels[:16] % classes
    loss, grad = digits.loss_and_gradient(model, params, cols, labels)
    numeric = central_difference(lambda p: digits.loss_and_gradient(model, p, cols, labels)[0], params)
    np.testing.assert_allclose(grad, numeric, atol=1e-7)
    assert np.abs(grad).max() > 1e-3  # a real gradient, not zeros
    # the loss is the mean of −log(p of the true class)
    p = digits.forward(model, params, ten.train_images[:16]).probabilities
    assert loss == pytest.approx(-np.log(p[np.arange(16), labels]).mean(), rel=1e-12)


def test_an_epoch_shows_every_training_image_once():
    n, size = 103, 10
    seen = np.concatenate([digits.batch_indices(n, size, k, seed=3) for k in range(digits.steps_per_epoch(n, size))])
    assert sorted(seen.tolist()) == list(range(n))
    assert not np.array_equal(digits.batch_indices(n, size, 0, 3), digits.batch_indices(n, size, 11, 3))  # epoch 2


def test_training_is_the_same_from_the_same_seed_and_resumes_where_it_stopped(ten):
    model = digits.Model(2, 10)
    rules = StoppingRules(None, 12, None)
    a = list(digits.train(model, ten, rules=rules, batch_size=16, seed=3))
    b = list(digits.train(model, ten, rules=rules, batch_size=16, seed=3))
    c = list(digits.train(model, ten, rules=rules, batch_size=16, seed=4))
    assert [s.params for s in a] == [s.params for s in b] and len(a) == 13
    assert a[-1].params != c[-1].params
    # Step back to step 6 and go on: the same steps as the run that never stopped
    resumed = list(digits.train(model, ten, a[6].params, rules=rules, batch_size=16, seed=3, first_number=6))
    assert [s.params for s in resumed] == [s.params for s in a[6:]]


def test_two_digits_are_told_apart_after_two_epochs(data):
    pair = digits.split(*data, classes=(3, 8))
    model = digits.Model(2, 2)
    steps = 2 * digits.steps_per_epoch(len(pair.train_labels), 16)
    end = digits.last(digits.train(model, pair, learning_rate=0.3, rules=StoppingRules(None, steps, None),
                                   batch_size=16))
    assert digits.accuracy(model, end.params, pair.test_images, pair.test_labels) > 0.9  # chance: 0.5


def test_ten_digits_beat_chance_clearly_and_the_confusion_matrix_agrees(ten):
    model = digits.Model(4, 10)
    start = model.start()
    steps = 4 * digits.steps_per_epoch(len(ten.train_labels), digits.DEFAULT_BATCH)
    end = digits.last(digits.train(model, ten, rules=StoppingRules(None, steps, None)))
    before = digits.accuracy(model, start, ten.test_images, ten.test_labels)
    after = digits.accuracy(model, end.params, ten.test_images, ten.test_labels)
    assert before < 0.3 and after > 0.7  # chance: 0.1
    matrix = digits.confusion(model, end.params, ten.test_images, ten.test_labels)
    assert matrix.sum() == len(ten.test_labels)
    assert matrix.sum(axis=1).tolist() == np.bincount(ten.test_labels).tolist()
    assert np.trace(matrix) / matrix.sum() == pytest.approx(after)
