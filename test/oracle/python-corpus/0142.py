# oracle: seed 142, open, raises RuntimeError at line 23
import random
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear

lstm_0 = LSTM(7, 7)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 7))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 7))
last_0 = Linear(7, 2)(out_0[-1])

embed_1 = Embedding(27, 8)
drop_1 = Dropout()
rnn_1 = GRU(8, 8, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)
scores_1 = Linear(8, 27)(out_1)

lstm_2 = LSTM(3, 3, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 2, 3))
r_2_0 = torch.stack([h_2[-1], out_2[:, 0]], dim=0)
r_2_1 = out_2[..., :3]
r_2_2 = out_2.size()

gru_3 = GRU(4, 3)
x_3 = torch.randn(4, 3, 4)
if x_3.size(-1) == 4:
    out_3, _ = gru_3(x_3)
else:
    out_3, _ = gru_3(torch.randn(2, 2, 5))

def encode_4(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_4 = GRU(input_size=3, hidden_size=4, batch_first=True, bidirectional=True)
last_4_0 = encode_4(enc_4, torch.ones([3, 3, 3]), batch_first=True)
