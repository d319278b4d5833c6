# oracle: seed 6, closed, runs cleanly
import torch
from torch.nn import LSTM, Linear, RNN
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = RNN(2, 6, dropout=0.1)
x_0 = torch.randn(2, 2)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(6)

rnn_1 = LSTM(7, 7)
x_1 = torch.randn(3, 3, 7)
lengths_1 = torch.tensor([3, 2, 1])
packed_1 = pack_padded_sequence(x_1, lengths_1, enforce_sorted=False)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1)
last_1 = Linear(7, 2)(h_1[-1])

rnn_2 = LSTM(9, 6, 2, dropout=0.1)
x_2 = torch.zeros((5, 2, 9))
batch_2 = x_2.shape[1]
h0_2 = torch.zeros(2, batch_2, 6)
c0_2 = torch.zeros(2, batch_2, 6)
out_2, (hn_2, cn_2) = rnn_2(x_2, (h0_2, c0_2))
assert out_2.dim() == 3
