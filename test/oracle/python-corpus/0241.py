# oracle: seed 241, closed, raises RuntimeError at line 18
import torch
import torch.nn as nn
from torch.autograd import Variable

rnn_0 = nn.LSTM(4, 5)
x_0 = torch.randn(4, 2, 4)
lengths_0 = [4, 3]
packed_0 = torch.nn.utils.rnn.pack_padded_sequence(x_0, lengths_0, enforce_sorted=False)
packed_out_0, (h_0, c_0) = rnn_0(packed_0)
out_0, out_lengths_0 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_0)
last_0 = nn.Linear(5, 2)(h_0[-1])

rnn_1 = nn.LSTM(3, 7, 3, dropout=0.5)
x_1 = Variable(torch.ones(3, 3, 3))
out_1, state_1 = rnn_1(x_1)
fc_1 = nn.Linear(14, 5)
logits_1 = fc_1(state_1[0][-1])

rnn_2 = nn.GRU(3, 7, 2)
x_2 = torch.rand([5, 1, 3])
batch_2 = x_2.size()[1]
h0_2 = torch.zeros(2, batch_2, 7)
out_2, hn_2 = rnn_2(x_2, h0_2)
assert out_2.dim() == 3

conv_3 = nn.Conv1d(3, 3, kernel_size=3, padding=1)
feats_3 = conv_3(torch.randn(2, 3, 6)).transpose(1, 2)
rnn_3 = nn.LSTM(3, 4, batch_first=True)
out_3, _ = rnn_3(feats_3)
