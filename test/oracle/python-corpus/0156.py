# oracle: seed 156, open, runs cleanly
import random
import torch
from torch.nn import Conv1d, GRU, GRUCell, LSTM, Linear

conv_0 = Conv1d(7, 2, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 7, 6)).transpose(1, 2)
rnn_0 = LSTM(2, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)

lstm_1 = LSTM(6, 7)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 6))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 6))
last_1 = Linear(7, 2)(out_1[-1])

gru_2 = GRU(3, 2)
x_2 = torch.randn(4, 3, 3)
cell_2 = GRUCell(3, 2)
if x_2.dim() == 3:
    out_2, _ = gru_2(x_2)
else:
    out_2 = cell_2(x_2)

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = GRU(3, 6, 3, True, False)
last_3_0 = encode_3(enc_3, torch.rand(2, 2, 3), h0=torch.zeros(3, 2, 6))

rnn_4 = GRU(6, 5, 3)
x_4 = torch.zeros(5, 5, 6)
batch_4 = x_4.shape[1]
h0_4 = torch.zeros(3, batch_4, 5)
out_4, hn_4 = rnn_4(x_4, h0_4)
assert out_4.dim() == 3
