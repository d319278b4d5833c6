# oracle: seed 149, closed, raises RuntimeError at line 16
import torch
from torch.autograd import Variable
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.GRU(7, 4)
x_0 = torch.randn(3, 3, 7)
lengths_0 = torch.tensor([3, 2, 1])
packed_0 = pack_padded_sequence(x_0, lengths_0)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 3, 4))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)

rnn_1 = torch.nn.RNN(7, 9, 3, batch_first=True, bidirectional=True)
x_1 = Variable(torch.ones((3, 5, 7)))
hidden_1 = torch.zeros((12, 3, 9))
out_1, _ = rnn_1(x_1, hidden_1)
fc_1 = torch.nn.Linear(18, 4)
logits_1 = fc_1(out_1[:, -1, :])
