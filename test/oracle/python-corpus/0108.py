# oracle: seed 108, closed, raises RuntimeError at line 17
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
fc_1 = torch.nn.Linear(5, 5)
logits_1 = fc_1(state_1[0][-1])
