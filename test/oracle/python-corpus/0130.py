# oracle: seed 130, closed, raises RuntimeError at line 17
import torch
from torch import nn
from torch.autograd import Variable
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = nn.LSTM(3, 3, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
r_0_0 = h_0[-1]
r_0_1 = out_0.reshape(-1, 3)
r_0_2 = out_0[..., :1]

rnn_1 = nn.LSTM(5, 5, batch_first=True)
x_1 = torch.randn(4, 5, 4)
lengths_1 = torch.tensor([5, 4, 3, 2])
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True, enforce_sorted=False)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)

rnn_2 = nn.RNN(9, 9, 1)
x_2 = Variable(torch.rand([4, 4, 9]))
hidden_2 = torch.randn(1, 4, 9).float()
out_2, h_2 = rnn_2(x_2, hidden_2)
fc_2 = nn.Linear(9, 4)
logits_2 = fc_2(out_2[-1])
