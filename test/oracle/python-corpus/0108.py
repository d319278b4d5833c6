# oracle: seed 108, closed, raises RuntimeError at line 23
import torch
from torch.autograd import Variable

embed_0 = torch.nn.Embedding(27, 6)
drop_0 = torch.nn.Dropout(p=0.5)
rnn_0 = torch.nn.GRU(6, 3, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = torch.nn.Linear(3, 27)(out_0)

rnn_1 = torch.nn.LSTM(5, 4)
x_1 = Variable(torch.randn(1, 3, 5))
out_1, state_1 = rnn_1(x_1)
fc_1 = torch.nn.Linear(4, 3)
logits_1 = fc_1(state_1[0][-1])

y_2 = torch.randn(4, 3, 7)
layers_2 = [torch.nn.RNN(7, 3), torch.nn.RNN(3, 6)]
for i in range(len(layers_2)):
    y_2 = layers_2[i](y_2)[0]
z_2 = torch.nn.Linear(12, 3)(y_2)

rnn_3 = torch.nn.LSTM(4, 3)
x_3 = torch.randn(5, 1, 6)
lengths_3 = torch.tensor([5])
packed_3 = torch.nn.utils.rnn.pack_padded_sequence(x_3, lengths_3, enforce_sorted=False)
packed_out_3, (h_3, c_3) = rnn_3(packed_3)
out_3, out_lengths_3 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_3)
