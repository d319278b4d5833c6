# oracle: seed 244, closed, raises RuntimeError at line 13
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = LSTM(7, 7, batch_first=True)
x_0 = torch.randn(4, 5, 7)
lengths_0 = [5, 4, 3, 2]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True, enforce_sorted=False)
packed_out_0, (h_0, c_0) = rnn_0(packed_0, (torch.zeros(1, 6, 7), torch.zeros(1, 4, 7)))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = nn.Linear(14, 2)(h_0[-1])

rnn_1 = GRU(2, 4, 3, True, True, bidirectional=True)
x_1 = torch.zeros(3, 4, 2)
batch_1 = x_1.shape[0]
h0_1 = torch.zeros(6, batch_1, 4)
out_1, hn_1 = rnn_1(x_1, h0_1)
