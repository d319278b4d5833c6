# oracle: seed 177, closed, runs cleanly
import torch
from torch.nn import LSTM, RNN

rnn_0 = LSTM(input_size=6, hidden_size=8, batch_first=False, bidirectional=True)
x_0 = torch.randn(4, 4, 6)
batch_0 = x_0.shape[1]
h0_0 = torch.zeros(2, batch_0, 8)
c0_0 = torch.zeros(2, batch_0, 8)
out_0, (hn_0, cn_0) = rnn_0(x_0, (h0_0, c0_0))
assert out_0.dim() == 3

rnn_1 = LSTM(7, 2, num_layers=2, bidirectional=False)
x_1 = torch.rand(4, 1, 7)
batch_1 = x_1.size()[1]
h0_1 = torch.zeros(2, batch_1, 2)
c0_1 = torch.zeros(2, batch_1, 2)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = RNN(input_size=5, hidden_size=3, num_layers=1, bidirectional=True, nonlinearity='tanh')
last_2_0 = encode_2(enc_2, torch.rand(3, 3, 5))
last_2_1 = encode_2(enc_2, torch.zeros((1, 2, 5)))
