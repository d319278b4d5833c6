# oracle: seed 280, closed, raises RuntimeError at line 41
import torch
from torch.autograd import Variable

embed_0 = torch.nn.Embedding(27, 3)
drop_0 = torch.nn.Dropout(0.3)
rnn_0 = torch.nn.GRU(3, 8, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

y_1 = torch.randn(2, 3, 5)
layers_1 = {
    "l0": torch.nn.GRU(5, 6),
    "l1": torch.nn.GRU(6, 6),
    "l2": torch.nn.GRU(6, 7),
}
for name in ["l0", "l1", "l2"]:
    y_1, h_1 = layers_1[name](y_1)
z_1 = torch.nn.Linear(7, 3)(y_1)

rnn_2 = torch.nn.GRU(input_size=3, hidden_size=4, batch_first=True, bidirectional=False)
x_2 = Variable(torch.randn((1, 3, 3)))
out_2, h_2 = rnn_2(x_2)
n_2 = out_2.size(0) * out_2.dim()

class Model_3(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_3 = Model_3(2, 8, bidirectional=True)
logits_3 = model_3.forward(torch.zeros([5, 1, 2])).detach()
