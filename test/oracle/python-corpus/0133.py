# oracle: seed 133, open, raises RuntimeError at line 11
import random
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear

embed_0 = Embedding(27, 8)
drop_0 = Dropout()
rnn_0 = LSTM(10, 5, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = Linear(5, 27)(out_0)

y_1 = torch.randn(2, 3, 5)
layers_1 = {
    "l0": GRU(5, 5),
    "l1": GRU(5, 6),
    "l2": GRU(6, 3),
}
for name in ["l0", "l1", "l2"]:
    y_1, h_1 = layers_1[name](y_1)

lstm_2 = LSTM(8, 7)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 8))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 8))
last_2 = Linear(7, 2)(out_2[-1])

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = GRU(3, 5, 1, True, False, bidirectional=False)
last_3_0 = encode_3(enc_3, torch.ones([3, 1, 3]))
last_3_1 = encode_3(enc_3, torch.randn(4, 1, 3).float(), h0=torch.zeros([1, 1, 5]))

def build_4():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(3, 3)

fake_4 = build_4()
y_4, _ = fake_4(torch.randn(2, 3, 8), torch.zeros(9, 9))
