# oracle: seed 82, closed, raises RuntimeError at line 8
import torch
import torch.nn as nn
from torch.nn import LSTM, RNN

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = RNN(input_size=4, hidden_size=6, num_layers=3, batch_first=True)
last_0_0 = encode_0(enc_0, torch.rand([2, 4, 3]), batch_first=True)
last_0_1 = encode_0(enc_0, torch.ones([1, 1, 4]), batch_first=True)

rnn_1 = RNN(input_size=3, hidden_size=8, num_layers=2, batch_first=True, bidirectional=True)
x_1 = torch.randn(6, 1, 3)
out_1, h_1 = rnn_1(x_1)
n_1 = out_1.size(0) * out_1.dim()

lstm_2 = LSTM(3, 3, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 3))
r_2_0 = out_2.unsqueeze(0).squeeze(1)
r_2_1 = h_2[1]
r_2_2 = h_2[1]
