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

rnn_2 = torch.nn.GRU(6, 3, batch_first=True)
x_2 = torch.randn(3, 4, 6)
lengths_2 = [4, 3, 2]
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2, batch_first=True)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2, batch_first=True)
last_2 = torch.nn.Linear(3, 2)(h_2[-1])

rnn_3 = torch.nn.GRU(5, 7)
x_3 = torch.randn(5, 1, 5)
lengths_3 = torch.tensor([5])
packed_3 = pack_padded_sequence(x_3, lengths_3)
packed_out_3, h_3 = rnn_3(packed_3, torch.zeros(1, 1, 7))
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3)
last_3 = torch.nn.Linear(7, 2)(h_3[-1])
