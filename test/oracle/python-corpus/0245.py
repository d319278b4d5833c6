# oracle: seed 245, closed, runs cleanly
import torch.nn

class Model_0(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_0 = torch.device("cpu")
model_0 = Model_0(6, 6, 2, bidirectional=True).to(device_0)
model_0.eval()
with torch.no_grad():
    logits_0 = model_0(torch.ones((2, 3, 6)).to(device_0))

gru_1 = torch.nn.GRU(7, 8)
x_1 = torch.randn(4, 3, 7)
deep_1 = torch.nn.GRU(7, 8, num_layers=1)
if deep_1.num_layers > 1:
    out_1, _ = deep_1(torch.randn(2, 3, 7), torch.zeros(2, 3, 8))
elif 3 == 3:
    out_1, _ = deep_1(torch.randn(2, 3, 7), torch.zeros(1, 3, 8))
else:
    out_1, _ = deep_1(torch.randn(2, 3, 7), torch.zeros(2, 3, 8))
