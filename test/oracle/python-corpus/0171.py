# oracle: seed 171, closed, raises RuntimeError at line 7
import torch
from torch.nn import GRU, LSTM, Linear

rnn_0 = GRU(5, 9)
x_0 = torch.randn(6, 1, 4).float()
out_0, h_0 = rnn_0(x_0)
fc_0 = Linear(9, 4)
logits_0 = fc_0(h_0[-1])

rnn_1 = LSTM(3, 2)
x_1 = torch.randn(5, 3, 6)
lengths_1 = [5, 4, 3]
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1)
packed_out_1, (h_1, c_1) = rnn_1(packed_1, (torch.zeros(1, 4, 2), torch.zeros(1, 3, 2)))
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1)
last_1 = Linear(2, 2)(h_1[-1])
